// The excerpt handed to the language engine: a page's standfirst or description is one (the summary leaves out
// sentences that repeat it); an excerpt that is only the body's first paragraph is not, so the lead can be summarised.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { prepareArticle } from '../../../src/core/read';

const pages = path.resolve(__dirname, '../../fixtures/pages');
const prepare = (file: string) => prepareArticle(new JSDOM(fs.readFileSync(path.join(pages, file), 'utf8')).window.document, 'https://news.example/a');

describe('standfirst', () => {
  it('the sample: its chapô is the page description, so the engine gets it as the excerpt', () => {
    const p = prepare('francesoir-mossoul.html')!;
    expect(p.article.excerptFromBody).toBeUndefined();
    expect(p.input.excerpt).toBe(p.article.excerpt);
    expect(p.input.excerpt?.startsWith("Après l'Irak")).toBe(true);
  });

  it('a page with neither standfirst nor description: the excerpt is the first paragraph, and no excerpt reaches the engine', () => {
    const p = prepare('ar-farm-plan.html')!;
    expect(p.article.excerptFromBody).toBe(true);
    expect(p.article.excerpt.length).toBeGreaterThan(0);
    expect(p.input.excerpt).toBe('');
  });
});

// A handful of Mozilla Readability test pages: Readlens's text compared with Readability's expected output
// as token bags (same words, whatever the block boundaries), plus metadata and direction checks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bagF1, extract, sharedDir } from './helpers';

const dir = path.join(sharedDir, 'pages/readability');
/** Varied sites and languages: news (en, fr, de), a blog platform, an encyclopedia, right-to-left. */
const PAGES = ['ars-1', 'bbc-1', 'guardian-1', 'lemonde-1', 'heise', 'medium-1', 'nytimes-2', 'wikipedia-3', 'rtl-1'];

describe.runIf(fs.existsSync(dir))('Readability test pages', () => {
  for (const id of PAGES) {
    it(`${id}: same words as Readability's output`, () => {
      const source = fs.readFileSync(path.join(dir, id, 'source.html'), 'utf8');
      const expectedHtml = fs.readFileSync(path.join(dir, id, 'expected.html'), 'utf8');
      const meta = JSON.parse(fs.readFileSync(path.join(dir, id, 'expected-metadata.json'), 'utf8')) as { dir?: string | null; lang?: string | null };
      const expectedText = JSDOM.fragment(expectedHtml).textContent ?? '';
      const art = extract(source, 'http://fakehost/test/page.html');
      expect(bagF1(expectedText, art.text)).toBeGreaterThan(0.9);
      if (meta.dir) expect(art.dir).toBe(meta.dir);
      if (meta.lang) expect(art.lang.toLowerCase()).toBe(meta.lang.toLowerCase());
    });
  }
});

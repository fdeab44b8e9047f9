import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import path from 'node:path';
import { createPurifySanitizer } from '../../../src/core/extract/purify';
import { extractPage, prepareArticle, prepareExtracted } from '../../../src/core/read';

const url = 'https://www.francesoir.fr/politique-monde/mossoul';
const html = fs.readFileSync(path.resolve(__dirname, '../../fixtures/pages/francesoir-mossoul.html'), 'utf8');

describe('extraction on a serialised copy of the page', () => {
  it('gives the same article as extraction in place, rebuilt in the live document', () => {
    const live = new JSDOM(html, { url });
    const sanitize = createPurifySanitizer(live.window as never);
    const inPlace = prepareArticle(live.window.document, url, { sanitize });

    // What the background sees: the page's outerHTML, parsed in another document.
    const copy = new JSDOM(live.window.document.documentElement.outerHTML, { url });
    const extracted = extractPage(copy.window.document, url, { sanitize: createPurifySanitizer(copy.window as never) });
    const json = JSON.parse(JSON.stringify(extracted));
    const parse = (h: string) => new live.window.DOMParser().parseFromString(h, 'text/html');
    const rebuilt = prepareExtracted(live.window.document, json, parse, sanitize);

    expect(inPlace).not.toBeNull();
    expect(rebuilt).not.toBeNull();
    expect(rebuilt!.article.content.ownerDocument).toBe(live.window.document);
    expect(rebuilt!.article.title).toBe(inPlace!.article.title);
    expect(rebuilt!.article.byline).toBe(inPlace!.article.byline);
    expect(rebuilt!.input.paragraphs).toEqual(inPlace!.input.paragraphs);
    expect(rebuilt!.detection).toEqual(inPlace!.detection);
  });

  it('sanitises again what comes back, whatever the other side sent', () => {
    const live = new JSDOM('<!doctype html><body></body>', { url });
    const parse = (h: string) => new live.window.DOMParser().parseFromString(h, 'text/html');
    const sanitize = createPurifySanitizer(live.window as never);
    const hostile = {
      detection: { isArticle: true, score: 1, reason: 'test' },
      article: {
        url, title: 'T', byline: '', siteName: '', published: null, modified: null, lang: 'en', dir: 'ltr' as const,
        leadImage: null, excerpt: '', text: '', paragraphs: [], wordCount: 3, readingMinutes: 1,
        html: '<p onclick="alert(1)">Hello <a href="javascript:alert(1)">there</a></p><script>alert(2)</script><img src=x onerror=alert(3)>',
      },
    };
    const rebuilt = prepareExtracted(live.window.document, hostile, parse, sanitize)!;
    const out = rebuilt.article.content.innerHTML;
    expect(out).toContain('Hello');
    expect(out).not.toMatch(/onclick|onerror|javascript:|<script/i);
    expect(rebuilt.input.paragraphs).toEqual(['Hello there']);
  });

  it('answers no article as null', () => {
    const live = new JSDOM('<!doctype html><body></body>', { url });
    const parse = (h: string) => new live.window.DOMParser().parseFromString(h, 'text/html');
    expect(prepareExtracted(live.window.document, { detection: { isArticle: false, score: 0, reason: 'x' }, article: null }, parse, () => undefined)).toBeNull();
  });
});

// A handful of Mozilla Readability test pages: Readlens's text compared with Readability's expected output
// as token bags (same words, whatever the block boundaries), plus metadata and direction checks.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readabilitySource, readFixtureText } from '../support/fixtures';
import { bagF1, extract } from './helpers';

/** Varied sites and languages: news (en, fr, de), a blog platform, an encyclopedia, right-to-left. */
const PAGES = ['ars-1', 'bbc-1', 'guardian-1', 'lemonde-1', 'heise', 'medium-1', 'nytimes-2', 'wikipedia-3', 'rtl-1'];

describe('Readability test pages', () => {
  for (const id of PAGES) {
    it(`${id}: same words as Readability's output`, () => {
      const source = readabilitySource(id);
      const expectedHtml = readFixtureText(`readability/${id}/expected.html`);
      const meta = JSON.parse(readFixtureText(`readability/${id}/expected-metadata.json`)) as { dir?: string | null; lang?: string | null };
      const expectedText = JSDOM.fragment(expectedHtml).textContent ?? '';
      const art = extract(source, 'http://fakehost/test/page.html');
      expect(bagF1(expectedText, art.text)).toBeGreaterThan(0.9);
      if (meta.dir) expect(art.dir).toBe(meta.dir);
      if (meta.lang) expect(art.lang.toLowerCase()).toBe(meta.lang.toLowerCase());
    });
  }
});

// Minimal reproductions of the bugs the fuzzers found outside the XSS corpus and the message guards (those live
// in xss-corpus.test.ts and messages.test.ts). A new bug goes in a skipped "known bugs" block until its fix lands;
// fixed ones stay here as regressions.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze';
import { findQuoteSpans } from '../../../src/core/analyze/quotespans';
import { extractArticle } from '../../../src/core/extract';
import { toIso } from '../../../src/core/extract/dates';
import { getHosts, ownWindow, PAGE_URL } from './support/host';
import { isIso } from './support/shape';
import { segmenterInputs } from '../support/segmenter-inputs';

const PROSE = 'The harbour council voted on Tuesday to build a movable flood barrier, ending a dispute that split the town. ';
const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><title>Flood barrier</title>${head}</head><body><article><h1>Flood barrier</h1>${body}</article></body></html>`;

describe('fixed bugs found by the fuzzers (regressions)', () => {
  // Seen by this suite before dates.ts build() checked the month's real length: the day was checked against 31 for
  // every month, so JSON-LD "datePublished": "2016-02-31" became published "2016-02-31T00:00:00" (V8 rolls it to
  // 2 March, other engines give Invalid Date).
  it('impossible-date: a day that does not exist in its month gives no date', () => {
    expect(toIso('2016-02-31')).toBeNull();
    expect(toIso('31/04/2020')).toBeNull();
    const host = getHosts().off;
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-02-31"}</script>';
    const a = extractArticle(host.parse(page(`<p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(3)}</p>`, ld)), PAGE_URL, { sanitize: host.sanitize });
    expect(a).not.toBeNull();
    expect(a!.published === null || isIso(a!.published)).toBe(true);
  });

  // Seen by this suite before the page walks (select.ts, clean.ts, text.ts, read/segments.ts) and the article copy
  // (dom/clone.ts) used explicit stacks: recursion per DOM level overflowed the stack at ~5,000 levels in Node, and
  // extractArticle's catch turned that into null ("no article"). Parsers cap nesting, DOM-built pages do not.
  it('deep-recursion: an article 5,000 levels down is still found', () => {
    const w = ownWindow('<!doctype html><html lang="en"><head><title>Deep</title></head><body></body></html>');
    let parent: Element = w.doc.body;
    for (let d = 0; d < 5_000; d++) parent = parent.appendChild(w.doc.createElement('div'));
    for (let k = 0; k < 3; k++) parent.appendChild(w.doc.createElement('p')).textContent = PROSE.repeat(3);
    expect(extractArticle(w.doc, PAGE_URL)).not.toBeNull();
  });

  // Seen by this suite before src/core/analyze/windowed.ts: splitSentences() and tokenize() gave a whole paragraph
  // (up to 3,000,000 chars, see MAX_ANALYZE_CHARS) to Intl.Segmenter in one piece; V8's segment iteration is
  // quadratic, so one 300k-char paragraph (a .txt page in a <pre>, a transcript) took ~5 s, 1M chars minutes.
  // Deterministic check: no string longer than 20,000 chars reaches Intl.Segmenter.
  it('analysis-quadratic: Intl.Segmenter never gets a whole huge paragraph', () => {
    const seen = segmenterInputs(() => analyzeArticle({ paragraphs: [PROSE.repeat(1_000)], lang: 'en' })); // 107k chars, one paragraph
    expect(Math.max(...seen)).toBeLessThanOrEqual(20_000);
  });

  // Seen by this suite before quotespans.ts closesOf() (one pass per mark style): every opening ‹ › « (and ») that
  // never closed scanned to the paragraph end, so n unmatched marks cost n² (16,000 '‹' ≈ 3-4 s, 40,000 ≈ 20 s,
  // 200,000 ≈ 10 minutes) and a hostile page could stall the background analysis. Before the fix this case ran for
  // tens of seconds and failed on the suite's 30 s test timeout.
  it('analysis-quadratic: unmatched quote marks are scanned once, not once per mark', () => {
    const text = '‹'.repeat(40_000);
    expect(findQuoteSpans(text)).toEqual([]);
    expect(analyzeArticle({ paragraphs: ['« a '.repeat(20_000)] }).quotes).toEqual([]);
  });

  // Seen by this suite before 7bc9d62 fixed it (purify.ts ALLOWED_URI_REGEXP): DOMPurify applies that regexp to every
  // attribute that is not URI-safe, so a scheme-only allow-list stripped dir, lang, colspan, width/height.
  it('sanitiser-drops-inert-attributes: dir, lang, colspan and image sizes survive sanitising', () => {
    const host = getHosts().off;
    const html = page(`<p>${PROSE.repeat(3)}</p><div dir="rtl" lang="ar"><p>${PROSE.repeat(3)}</p></div>` +
      `<table><tr><td colspan="2">${PROSE}</td></tr></table><p><img src="https://img.example.com/a.jpg" width="600" height="400" alt="x">${PROSE}</p>`);
    const a = extractArticle(host.parse(html), PAGE_URL, { sanitize: host.sanitize })!;
    expect(a.content.querySelector('[dir="rtl"][lang="ar"]')).not.toBeNull();
    expect(a.content.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(a.content.querySelector('img')?.getAttribute('width')).toBe('600');
  });
});

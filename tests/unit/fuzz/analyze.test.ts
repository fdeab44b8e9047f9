// Language engine under fuzzing: any paragraphs (prose, wild Unicode, quote storms, huge runs) give a digest whose
// offsets point at the right text, and highlighting those quotations in a DOM never changes a word.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze';
import type { Digest } from '../../../src/core/analyze/types';
import { highlightQuotes } from '../../../src/content/reader/highlight';
import { textSegments } from '../../../src/core/read';
import { CaseCounter, params } from './support/budget';
import { getHosts } from './support/host';
import { digestProblems, overlappingQuotes } from './support/shape';
import { paragraphText, sentence, wildString, QUOTE_MARKS } from './support/text-arbitraries';

const counter = new CaseCounter('analyze');
afterAll(() => console.log(counter.summary()));

const input = fc.record(
  {
    paragraphs: fc.array(paragraphText, { maxLength: 12 }),
    title: fc.oneof(sentence, wildString(80)),
    excerpt: fc.oneof(sentence, wildString(80)),
    lang: fc.constantFrom('en', 'fr', 'de', 'es', 'it', 'pt', 'ar', 'he', 'zh', 'en-GB', 'FR', 'x-klingon', '', '\u0000'),
    published: fc.option(fc.constantFrom('2016-10-26T12:54:00+02:00', '2026-02-31', '1969-12-31T23:59:59Z', 'not a date', ''), { nil: null }),
    captions: fc.array(fc.oneof(sentence, wildString(40)), { maxLength: 3 }),
  },
  { requiredKeys: ['paragraphs'] },
);

/** The digest without its timing, for determinism checks. */
const stable = (d: Digest): unknown => ({ ...d, stats: { ...d.stats, ms: 0 } });

describe('analyzeArticle (fuzz)', () => {
  it('never throws and every offset points at its text', () => {
    let quotes = 0;
    fc.assert(fc.property(input, counter.count('digest', (inp) => {
      const d = analyzeArticle(inp);
      expect(digestProblems(d, inp.paragraphs)).toEqual([]);
      expect(overlappingQuotes(d.quotes)).toEqual([]);
      quotes += d.quotes.length;
    })), params(150));
    // The generator must reach the quotation code, or the offset checks above prove nothing.
    expect(quotes).toBeGreaterThan(0);
  });

  it('is deterministic: the same article gives the same digest', () => {
    fc.assert(fc.property(input, counter.count('deterministic', (inp) => {
      expect(stable(analyzeArticle(inp))).toEqual(stable(analyzeArticle(structuredClone(inp))));
    })), params(20));
  });

  it('survives thousands of quote marks, unbalanced and nested', () => {
    const storm = fc.tuple(fc.array(fc.constantFrom(...QUOTE_MARKS, ' ', 'a', 'said', '.', '\n'), { minLength: 1000, maxLength: 3000 }), sentence)
      .map(([parts, s]) => [parts.join(''), `${s} ${parts.slice(0, 200).join('')}`, s]);
    fc.assert(fc.property(storm, counter.count('quote-storm', (paragraphs) => {
      const d = analyzeArticle({ paragraphs });
      expect(digestProblems(d, paragraphs)).toEqual([]);
    })), params(25));
  });
});

/** Inline markup a quotation may cross in a real article body. */
const INLINE = ['b', 'i', 'em', 'strong', 'a', 'span', 'mark', 'abbr', 'sup'];
const BLOCKS = ['p', 'blockquote', 'li', 'h2', 'div', 'td'];

/** A block of text cut into pieces, some wrapped in nested inline elements, with odd whitespace between. */
const bodyBlock = fc.tuple(
  fc.constantFrom(...BLOCKS),
  paragraphText,
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INLINE), fc.constantFrom(...INLINE, '')), { maxLength: 8 }),
  fc.constantFrom(' ', '\n  ', '\t', ''),
);

describe('highlightQuotes over a fuzzed body (fuzz)', () => {
  it('wraps the digest quotations without changing the text, whatever markup they cross', () => {
    const { window } = getHosts().off;
    const doc = window.document;
    let total = 0;
    fc.assert(fc.property(fc.array(bodyBlock, { minLength: 1, maxLength: 8 }), counter.count('highlight', (blocks) => {
      const body = doc.createElement('div');
      for (const [tag, text, cuts, pad] of blocks) {
        const block = doc.createElement(tag === 'li' ? 'ul' : tag === 'td' ? 'table' : tag);
        const host = tag === 'li' ? block.appendChild(doc.createElement('li')) : tag === 'td' ? block.appendChild(doc.createElement('tbody')).appendChild(doc.createElement('tr')).appendChild(doc.createElement('td')) : block;
        const points = [...new Set(cuts.map(([n]) => (text.length ? n % text.length : 0)))].sort((a, b) => a - b);
        let last = 0;
        points.forEach((at, i) => {
          const [, outer, inner] = cuts[i]!;
          host.append(doc.createTextNode(text.slice(last, at) + pad));
          const wrap = doc.createElement(outer);
          const piece = text.slice(at, points[i + 1] ?? text.length);
          if (inner) wrap.appendChild(doc.createElement(inner)).textContent = piece;
          else wrap.textContent = piece;
          host.append(wrap);
          last = points[i + 1] ?? text.length;
        });
        host.append(doc.createTextNode(text.slice(last)));
        body.append(block);
      }
      const before = body.textContent;
      const segments = textSegments(body).filter((s) => !s.caption);
      const paragraphs = segments.map((s) => s.text);
      const digest = analyzeArticle({ paragraphs });
      expect(digestProblems(digest, paragraphs)).toEqual([]);
      const wrapped = highlightQuotes(doc, segments, digest.quotes, (s) => `Said by ${s}`);
      total += wrapped;
      expect(body.textContent).toBe(before);
      expect(wrapped).toBe(digest.quotes.filter((q) => q.outerEnd > q.outerStart).length);
      const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
      const marks = Array.from(body.querySelectorAll('q.rl-quote'));
      for (const q of marks) {
        const quote = digest.quotes[Number((q as HTMLElement).dataset.quote)]!;
        expect(squash(q.textContent ?? '')).toBe(squash(paragraphs[quote.paragraph]!.slice(quote.outerStart, quote.outerEnd)));
      }
    })), params(80));
    expect(total).toBeGreaterThan(0);
  });
});

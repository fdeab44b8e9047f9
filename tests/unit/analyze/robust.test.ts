// Property tests: any text gives a digest whose offsets slice the paragraphs exactly; the engine is deterministic.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeArticle } from '../../../src/core/analyze/index';

/** Text made of words, names, numbers, quote marks and punctuation in several scripts. */
const piece = fc.constantFrom(
  'Le', 'président', 'Marie Curie', 'a déclaré', 'said', 'John Smith', 'sagte', '«', '»', '“', '”', '„', '"', "'", '‘', '’',
  '(...)', '.', ',', ':', '!', '?', '12', '3,5', '1.000', '%', '€', 'lundi 17', 'May 5', 'M.', 'Dr.', 'U.S.', 'l’Irak', 'ONU', '東京',
  'Москва', 'العربية', '\u00ad', '-', '—', '\n', ' ', ' ', ' ',
);
const paragraph = fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ').trim());

describe('analyzeArticle on arbitrary text', () => {
  it('never throws and keeps every offset exact', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), fc.constantFrom('fr', 'en', 'de', '', 'xx-YY'), (paragraphs, lang) => {
        const d = analyzeArticle({ paragraphs, lang, published: '2016-10-26T12:54:00+02:00' });
        for (const q of d.quotes) {
          const p = paragraphs[q.paragraph] as string;
          expect(p.slice(q.start, q.end)).toBe(q.text);
          expect(q.outerStart).toBeLessThanOrEqual(q.start);
          expect(q.outerEnd).toBeGreaterThanOrEqual(q.end);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
        }
        for (const s of d.summary) expect((paragraphs[s.paragraph] as string).slice(s.start, s.end)).toBe(s.text);
        for (const f of [...d.facts.places, ...d.facts.organisations, ...d.facts.dates, ...d.facts.figures]) {
          expect(f.ref.paragraph).toBeLessThan(paragraphs.length);
          expect(f.mentions).toBeGreaterThan(0);
        }
        expect(d.summary.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    const input = { paragraphs: ['« Nous irons », a dit Marie Curie lundi 17. Le président a ajouté : « Oui. »'], lang: 'fr', published: '2016-10-26' };
    const a = analyzeArticle(input);
    const b = analyzeArticle(input);
    expect({ ...a, stats: { ...a.stats, ms: 0 } }).toEqual({ ...b, stats: { ...b.stats, ms: 0 } });
  });
});

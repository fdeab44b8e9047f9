// Grouping for display: quotations by speaker (first-appearance order, unattributed last), facts by kind with reveal targets.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/core/analyze/types';
import { FACT_KINDS, factGroups, groupQuotesBySpeaker, spanTarget } from '../../../src/popup/lib/digest-view';
import { initials } from '../../../src/popup/components/QuotesSection';
import { sampleDigest } from './sample';

const quote = (speaker: string | null, text: string, role?: string): Quote => ({
  text, speaker, role, paragraph: 0, start: 0, end: text.length, outerStart: 0, outerEnd: text.length + 2, confidence: 0.9,
});

describe('groupQuotesBySpeaker', () => {
  it('groups in order of first quotation, keeps each quote index, puts unattributed last', () => {
    const groups = groupQuotesBySpeaker([quote('A', 'a1', 'mayor'), quote(null, 'x'), quote('B', 'b1'), quote('A', 'a2'), quote('B', 'b2', 'chief')]);
    expect(groups.map((g) => g.speaker)).toEqual(['A', 'B', null]);
    expect(groups[0]).toEqual({ speaker: 'A', role: 'mayor', quotes: [{ index: 0, text: 'a1' }, { index: 3, text: 'a2' }] });
    expect(groups[1]?.role).toBe('chief');
    expect(groups[2]?.quotes).toEqual([{ index: 1, text: 'x' }]);
  });

  it('accounts for every quotation of a real digest exactly once', () => {
    const { digest } = sampleDigest();
    const groups = groupQuotesBySpeaker(digest.quotes);
    const indexes = groups.flatMap((g) => g.quotes.map((q) => q.index)).sort((a, b) => a - b);
    expect(indexes).toEqual(digest.quotes.map((_, i) => i));
    for (const g of groups) for (const q of g.quotes) expect(digest.quotes[q.index]?.speaker ?? null).toBe(g.speaker);
    expect(new Set(groups.map((g) => g.speaker)).size).toBe(groups.length);
  });
});

describe('factGroups', () => {
  it('lists the non-empty kinds in display order, each fact pointing at its sentence', () => {
    const { digest } = sampleDigest();
    const groups = factGroups(digest.facts, 'en');
    const kinds = groups.map((g) => g.kind);
    expect(kinds).toEqual(FACT_KINDS.filter((k) => digest.facts[k].length > 0));
    const people = groups.find((g) => g.kind === 'people')!;
    for (const [i, p] of digest.facts.people.entries()) {
      expect(people.items[i]).toMatchObject({ label: p.name, target: { kind: 'span', paragraph: p.ref.paragraph, start: p.ref.start, end: p.ref.end } });
      if (p.role) expect(people.items[i]?.detail).toBe(p.role);
    }
  });

  it('formats dates in the UI language with the article words as detail, and figures with what they count', () => {
    const groups = factGroups(
      {
        people: [], places: [], organisations: [{ text: 'État islamique', aliases: ['EI'], mentions: 2, ref: { paragraph: 1, start: 0, end: 10 } }],
        dates: [{ text: 'lundi 17', iso: '2016-10-17', mentions: 1, ref: { paragraph: 2, start: 3, end: 40 } }],
        figures: [{ text: '50 policiers', value: 50, kind: 'count', counts: 'policiers', mentions: 1, ref: { paragraph: 5, start: 0, end: 20 } }],
      },
      'fr',
    );
    expect(groups.map((g) => [g.kind, g.items[0]?.label, g.items[0]?.detail])).toEqual([
      ['organisations', 'État islamique', 'EI'],
      ['dates', '17 octobre 2016', 'lundi 17'],
      ['figures', '50', 'policiers'],
    ]);
  });

  it('drops facts whose reference cannot be revealed', () => {
    expect(spanTarget({ paragraph: 0, start: 5, end: 5 })).toBeNull();
    const groups = factGroups({ people: [{ name: 'X Y', mentions: 1, ref: { paragraph: 0, start: 3, end: 1 } }], places: [], organisations: [], dates: [], figures: [] }, 'en');
    expect(groups).toEqual([]);
  });
});

describe('initials', () => {
  it('takes the first and last capitalised words; for an unnamed source, the word after its article', () => {
    expect(initials('Jean-Yves Le Drian')).toBe('JD');
    expect(initials('Madonna')).toBe('M');
    expect(initials(null)).toBe('?');
    expect(initials('a WeWork spokesperson')).toBe('W');
    expect(initials('un porte-parole de la police')).toBe('P');
  });
});

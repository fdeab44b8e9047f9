// Merging checked AI facts into the digest's: Readlens's first and unchanged, only new facts added, duplicates caught across spellings.
import { describe, expect, it } from 'vitest';
import { emptyAiFacts, type AiFacts } from '../../../src/popup/ai/ai-facts';
import { indexArticle } from '../../../src/popup/ai/article-index';
import { checkFactsAgainstArticle } from '../../../src/popup/ai/facts-grounding';
import { aiAdditions, aiFactCount, mergeFactGroups } from '../../../src/popup/ai/facts-merge';
import { factGroups } from '../../../src/popup/lib/digest-view';
import { sampleDigest } from './sample';

const { article, digest } = sampleDigest();
const index = indexArticle(article.paragraphs, 'fr');
const checked = (facts: Partial<AiFacts>) => checkFactsAgainstArticle({ ...emptyAiFacts(), ...facts }, index);
const strip = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Words the article capitalises inside a sentence that the digest does not list under any kind: candidates an AI could add. */
function unlistedCapitalisedWord(): string {
  const listed = new Set(
    [...digest.facts.people.map((p) => p.name), ...digest.facts.places.map((p) => p.text), ...digest.facts.organisations.flatMap((o) => [o.text, ...o.aliases])]
      .flatMap((n) => n.split(/[\s'’-]+/))
      .map((w) => strip(w).toLowerCase()),
  );
  const candidates = article.paragraphs.flatMap((p) => {
    const ws = p.split(/\s+/);
    // Inside a sentence: the word before does not end one, nor open a quotation.
    return ws.filter((w, i) => i > 0 && !/[.!?:"“«]$/.test(ws[i - 1]!) && /^\p{Lu}\p{Ll}{3,}[,.;]?$/u.test(w)).map((w) => w.replace(/[,.;]$/, ''));
  }).filter((w) => !listed.has(strip(w).toLowerCase()));
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0]!;
}

describe('aiAdditions', () => {
  it('adds nothing the digest already has, however the model spells or files it', () => {
    const { people, places, organisations, dates, figures } = digest.facts;
    expect(people.length && places.length && organisations.length && dates.length && figures.length).toBeTruthy();
    const ai = checked({
      people: people.map((p) => ({ name: strip(p.name).toUpperCase() })).concat(people.map((p) => ({ name: p.name.split(' ').at(-1)! }))),
      places: places.map((p) => strip(p.text).toLowerCase().replace(/^./, (c) => c.toUpperCase())),
      // An organisation filed as a place, and one named by its alias.
      organisations: [...organisations.flatMap((o) => o.aliases), ...places.map((p) => p.text)],
      dates: dates.map((d) => ({ text: d.text, iso: d.iso })),
      figures: figures.map((f) => ({ text: f.text })),
    });
    expect(aiFactCount(ai)).toBeGreaterThan(people.length);
    expect(aiAdditions(digest.facts, ai)).toEqual(emptyAiFacts());
  });

  it('adds what is new, once, and keeps its place in the article', () => {
    const word = unlistedCapitalisedWord();
    // The same name twice as a place, then again as a body: added once, under the first kind the model gave.
    const ai = checked({ places: [word, word.toUpperCase()], organisations: [word] });
    const added = aiAdditions(digest.facts, ai);
    expect(aiFactCount(added)).toBe(1);
    expect(added.places.map((p) => p.text)).toEqual([word]);
    expect(article.paragraphs[added.places[0]!.ref.paragraph]!.slice(added.places[0]!.ref.start, added.places[0]!.ref.end)).toContain(word);
  });

  it('treats a date with the same ISO day, or a figure with the same number, as known', () => {
    const d = digest.facts.dates[0]!;
    const f = digest.facts.figures.find((x) => /\d/.test(x.text))!;
    const day = Number(d.iso.slice(8));
    const ai = {
      ...emptyAiFacts(),
      dates: [{ text: `${day}`, iso: d.iso, ref: d.ref }],
      figures: [{ text: String(f.value), ref: f.ref }],
    };
    expect(aiAdditions(digest.facts, ai)).toEqual(emptyAiFacts());
  });
});

describe('mergeFactGroups', () => {
  it("lists Readlens's facts first and unchanged, then the AI's, marked, with a group for a kind only the AI found", () => {
    const groups = factGroups({ ...digest.facts, organisations: [] }, 'fr');
    const word = unlistedCapitalisedWord();
    const added = aiAdditions(digest.facts, checked({ places: [word], organisations: [word] }));
    const merged = mergeFactGroups(groups, { ...added, organisations: checked({ organisations: [word] }).organisations }, 'fr');
    for (const g of groups) {
      const m = merged.find((x) => x.kind === g.kind)!;
      expect(m.items.slice(0, g.items.length)).toEqual(g.items);
      expect(m.items.slice(g.items.length).every((i) => i.byAi)).toBe(true);
    }
    const places = merged.find((g) => g.kind === 'places')!;
    expect(places.items.at(-1)).toMatchObject({ label: word, byAi: true, target: { kind: 'span' } });
    const orgs = merged.find((g) => g.kind === 'organisations')!;
    expect(orgs.items.map((i) => [i.label, i.byAi])).toEqual([[word, true]]);
    expect(merged.map((g) => g.kind)).toEqual(['people', 'places', 'organisations', 'dates', 'figures']);
  });

  it('labels AI dates by their ISO day and keeps the words as detail; figures keep what they count', () => {
    const added = { ...emptyAiFacts(), dates: [{ text: 'mardi 25', iso: '2016-10-25', ref: { paragraph: 0, start: 0, end: 5 } }], figures: [{ text: '50 policiers', counts: 'policiers', ref: { paragraph: 3, start: 0, end: 5 } }] };
    const merged = mergeFactGroups([], added, 'en');
    expect(merged.find((g) => g.kind === 'dates')?.items).toEqual([{ label: 'October 25, 2016', detail: 'mardi 25', target: { kind: 'span', paragraph: 0, start: 0, end: 5 }, byAi: true }]);
    expect(merged.find((g) => g.kind === 'figures')?.items[0]).toMatchObject({ label: '50 policiers', detail: 'policiers' });
  });
});

// The check of AI facts against the article: names, dates and numbers the article does not write are dropped; kept ones point to their sentence.
import { describe, expect, it } from 'vitest';
import type { Ref } from '../../../src/core/analyze/types';
import { emptyAiFacts, type AiFacts } from '../../../src/popup/ai/ai-facts';
import { indexArticle, numbersIn, words } from '../../../src/popup/ai/article-index';
import { checkedIso, checkFactsAgainstArticle } from '../../../src/popup/ai/facts-grounding';
import { sampleDigest } from './sample';

const PARAGRAPHS = [
  'The Hillcrest City Council voted 7-4 on Tuesday to approve a $4.2 million expansion of the Eastside Branch Library. Mayor Ana Ruiz said the branch had outgrown its building.',
  "About 2,300 residents signed a petition organised by Friends of Eastside, a volunteer group led by Tom O'Brien. Construction will begin on 3 March 2025 and take eighteen months.",
  'Councillor Dana Whitfield, who voted against, said the cost would crowd out repairs on São Paulo Street.',
  'Ruiz told the meeting: "Libraries are where Hillcrest meets." Critics disagreed.',
];
const index = indexArticle(PARAGRAPHS, 'en');
const check = (facts: Partial<AiFacts>) => checkFactsAgainstArticle({ ...emptyAiFacts(), ...facts }, index);
const slice = (ref: Ref) => PARAGRAPHS[ref.paragraph]!.slice(ref.start, ref.end);

describe('article index', () => {
  it('folds case and accents and splits at apostrophes and hyphens', () => {
    expect(words("L'État, São-Paulo O'Brien")).toEqual(['l', 'etat', 'sao', 'paulo', 'o', 'brien']);
    expect(numbersIn('2,300 and 2 300 and 4.2 and 7-4')).toEqual(['2300', '2300', '42', '7', '4']);
  });

  it('finds a phrase and returns its whole sentence', () => {
    const ref = index.findPhrase('ana ruiz')!;
    expect(slice(ref)).toBe('Mayor Ana Ruiz said the branch had outgrown its building.');
    expect(index.findPhrase('Ruiz Ana')).toBeNull();
    expect(slice(index.findWordsTogether('Ruiz Ana')!)).toContain('Ana Ruiz');
  });

  it('needs every word of a name within one paragraph', () => {
    expect(index.hasWords('Ana Whitfield')).toBe(true);
    expect(index.findWordsTogether('Ana Whitfield')).toBeNull();
  });
});

describe('checkFactsAgainstArticle', () => {
  it('keeps names the article writes, whatever their case and accents, and drops invented ones', () => {
    const out = check({
      people: [{ name: 'Ana Ruiz' }, { name: 'DANA WHITFIELD' }, { name: "Tom O'Brien" }, { name: 'Ruiz' }, { name: 'Governor Smith' }, { name: 'Ana Whitfield' }],
      places: ['Sao Paulo Street', 'Hillcrest', 'Springfield'],
      organisations: ['Friends of Eastside', 'Eastside Branch Library', 'Library Trust'],
    });
    expect(out.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'DANA WHITFIELD', "Tom O'Brien", 'Ruiz']);
    expect(out.places.map((p) => p.text)).toEqual(['Sao Paulo Street', 'Hillcrest']);
    expect(out.organisations.map((o) => o.text)).toEqual(['Friends of Eastside', 'Eastside Branch Library']);
  });

  it('drops lower-case common nouns offered as names', () => {
    const out = check({ people: [{ name: 'residents' }], places: ['the branch'], organisations: ['volunteer group'] });
    expect(out).toEqual(emptyAiFacts());
  });

  it('drops words the article capitalises only to open a sentence or a quotation', () => {
    const out = check({ people: [{ name: 'Critics' }, { name: 'Mayor Ana Ruiz' }], organisations: ['Construction', 'Libraries', 'About'], places: ['Hillcrest'] });
    expect(out.people.map((p) => p.name)).toEqual(['Mayor Ana Ruiz']);
    expect(out.organisations).toEqual([]);
    expect(out.places.map((p) => p.text)).toEqual(['Hillcrest']);
  });

  it('on a real French article: a role that opens a sentence is not a person, a name after an apostrophe or hyphen is', () => {
    const { article } = sampleDigest();
    const fr = indexArticle(article.paragraphs, 'fr');
    const opener = article.paragraphs.join(' ').match(/(?:^|[.!?]\s+)(Le \p{Ll}+ \p{Ll}+)/u)?.[1];
    expect(opener).toBeDefined();
    const inside = article.paragraphs.join(' ').match(/\p{Ll}['’-](\p{Lu}\p{Ll}+)/u)?.[1];
    expect(inside).toBeDefined();
    const out = checkFactsAgainstArticle({ ...emptyAiFacts(), people: [{ name: opener! }, { name: inside! }] }, fr);
    expect(out.people.map((p) => p.name)).toEqual([inside]);
  });

  it('points each kept fact to the sentence that writes it', () => {
    const out = check({ people: [{ name: 'Dana Whitfield' }], organisations: ['Friends of Eastside'], figures: [{ text: '2300' }] });
    expect(slice(out.people[0]!.ref)).toBe(PARAGRAPHS[2]);
    expect(slice(out.organisations[0]!.ref)).toMatch(/^About 2,300 residents .* O'Brien\.$/);
    expect(slice(out.figures[0]!.ref)).toContain('2,300');
  });

  it('keeps a role or a count only when the article has its words', () => {
    const out = check({
      people: [{ name: 'Ana Ruiz', role: 'Mayor' }, { name: 'Dana Whitfield', role: 'governor' }],
      figures: [{ text: '2,300 residents', counts: 'residents' }, { text: '2,300', counts: 'signatures' }],
    });
    expect(out.people.map((p) => p.role)).toEqual(['Mayor', undefined]);
    expect(out.figures.map((f) => f.counts)).toEqual(['residents', undefined]);
  });

  it('drops figures whose number is not in the text, however it is written', () => {
    const out = check({
      figures: [{ text: '$4.2 million' }, { text: '4,2 millions' }, { text: '2300 residents' }, { text: '7-4' }, { text: '$5 million' }, { text: '2,400 residents' }, { text: 'eighteen months' }, { text: 'twenty months' }, { text: 'many' }],
    });
    expect(out.figures.map((f) => f.text)).toEqual(['$4.2 million', '4,2 millions', '2300 residents', '7-4', 'eighteen months']);
  });

  it('drops dates the text does not write, and ISO readings that disagree with the words', () => {
    const out = check({
      dates: [
        { text: 'Tuesday', iso: '2025-03-04' },
        { text: '3 March 2025', iso: '2025-03-03' },
        { text: 'March 3, 2025', iso: '2025-03-04' },
        { text: 'Wednesday' },
        { text: '4 March 2025' },
        { text: '3 March 2026' },
      ],
    });
    expect(out.dates.map(({ text, iso }) => ({ text, iso }))).toEqual([
      { text: 'Tuesday', iso: undefined },
      { text: '3 March 2025', iso: '2025-03-03' },
      { text: 'March 3, 2025', iso: undefined },
    ]);
  });

  it('on a real French article: keeps its people (accents, hyphens, partial names) and drops one it never names', () => {
    const { article, digest } = sampleDigest();
    const fr = indexArticle(article.paragraphs, 'fr');
    const known = digest.facts.people.map((p) => ({ name: p.name }));
    expect(known.length).toBeGreaterThan(1);
    const folded = known.map((p) => ({ name: p.name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase() }));
    const last = known.map((p) => ({ name: p.name.split(/[\s-]/).at(-1)! }));
    const out = checkFactsAgainstArticle({ ...emptyAiFacts(), people: [...known, ...folded, ...last, { name: 'Angela Merkel' }] }, fr);
    expect(out.people.map((p) => p.name)).toEqual([...known, ...folded, ...last].map((p) => p.name));
    for (const p of out.people) expect(words(article.paragraphs[p.ref.paragraph]!.slice(p.ref.start, p.ref.end))).toEqual(expect.arrayContaining(words(p.name)));
  });
});

describe('checkedIso', () => {
  it('keeps real dates whose year and day the words confirm', () => {
    expect(checkedIso({ text: '3 March 2025', iso: '2025-03-03' })).toBe('2025-03-03');
    expect(checkedIso({ text: 'March 2025', iso: '2025-03' })).toBe('2025-03');
    expect(checkedIso({ text: 'in 2025', iso: '2025' })).toBe('2025');
  });

  it('drops malformed, impossible or contradicting ones', () => {
    expect(checkedIso({ text: '30 February 2025', iso: '2025-02-30' })).toBeUndefined();
    expect(checkedIso({ text: 'March 2025', iso: '2025-13' })).toBeUndefined();
    expect(checkedIso({ text: '3 March 2024', iso: '2025-03-03' })).toBeUndefined();
    expect(checkedIso({ text: 'Tuesday', iso: '2025-03-04' })).toBeUndefined();
    expect(checkedIso({ text: 'Tuesday', iso: 'next week' })).toBeUndefined();
    expect(checkedIso({ text: 'Tuesday' })).toBeUndefined();
  });
});

// The FranceSoir sample (French, 26 October 2016): quotations, speakers, roles and key facts from the seed text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { ATTRIBUTION } from '../../../src/core/analyze/attribution-model';
import { readFixtureText } from '../support/fixtures';
import { loadSeed } from './seed';

const seed = loadSeed();
const digest = analyzeArticle({
  paragraphs: seed.paragraphs,
  title: seed.title,
  excerpt: seed.excerpt,
  captions: [seed.caption],
  lang: 'fr',
  published: '2016-10-26T12:54:00+02:00',
}, { attribution: ATTRIBUTION }); // as the background analyses

describe('FranceSoir sample', () => {
  it('parses the seed body into paragraphs', () => {
    expect(seed.paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(seed.caption.startsWith('©')).toBe(true);
  });

  it('analyses French, confirmed by the text', () => {
    expect(digest.lang).toBe('fr');
    expect(digest.langSource).toBe('page+text');
  });

  it('finds the quotations and speakers the whole page gives (its golden file): the seed text is the page\'s text', () => {
    const golden = JSON.parse(readFixtureText('golden/francesoir-mossoul/expected.json')) as { digest: { quotes: { speaker: string | null; text: string }[] } };
    // The page's text has the seed's runs of spaces collapsed.
    const pairs = (qs: { speaker: string | null; text: string }[]) => qs.map(({ speaker, text }) => ({ speaker, text: text.replace(/\s+/g, ' ') }));
    expect(pairs(digest.quotes)).toEqual(pairs(golden.digest.quotes));
  });

  it('gives quotation offsets that slice exactly the quoted words', () => {
    for (const q of digest.quotes) {
      const p = seed.paragraphs[q.paragraph] as string;
      expect(p.slice(q.start, q.end)).toBe(q.text);
      expect(/["“«]/.test(p[q.outerStart] as string)).toBe(true);
    }
    const carter = digest.quotes.find((q) => q.speaker === 'Ashton Carter');
    expect(carter?.text).toContain('(...)'); // interrupted quote stays whole
    expect(digest.quotes.some((q) => q.text === 'vigilance face au retour des combattants étrangers')).toBe(true);
  });

  it('attaches the roles the text gives', () => {
    const role = (name: string): string | undefined => digest.quotes.find((q) => q.speaker === name)?.role;
    expect(role('Jean-Yves Le Drian')).toBe('ministre de la défense française');
    expect(role('Ashton Carter')).toBe("secrétaire d'État américain à la défense");
    expect(role('Jawad al-Tulaibawi')).toBe("porte parole d'une puissante milice chiite");
    expect(role('François Hollande')).toBe('président français');
    const people = Object.fromEntries(digest.facts.people.map((p) => [p.name, p]));
    expect(Object.keys(people).sort()).toEqual(['Ashton Carter', 'François Hollande', 'Jawad al-Tulaibawi', 'Jean-Yves Le Drian']);
    expect(people['François Hollande']?.role).toBe('président français');
  });

  it('lists places and organisations, merging an acronym with its long form', () => {
    const places = digest.facts.places.map((p) => p.text);
    for (const p of ['Mossoul', 'Raqqa', 'Irak', 'Syrie', 'Paris']) expect(places).toContain(p);
    const orgs = digest.facts.organisations;
    const ei = orgs.find((o) => o.aliases.includes('EI'));
    expect(ei?.text).toMatch(/^[EÉ]tat islamique$/);
    expect(orgs.some((o) => o.text === 'ONU')).toBe(true);
    // The text never pairs Daech with État islamique, so they are not merged.
    expect(ei?.aliases).not.toContain('Daech');
    expect(orgs.some((o) => o.text === 'Daech')).toBe(true);
    const everyone = [...digest.facts.people.map((p) => p.name), ...places, ...orgs.map((o) => o.text)];
    for (const bad of ['Lancée', 'Enfin', 'Effectivement', 'Le', 'Nous', 'lundi', 'Mercredi']) expect(everyone).not.toContain(bad);
  });

  it('resolves partial dates against the publish date', () => {
    const iso = Object.fromEntries(digest.facts.dates.map((d) => [d.text, d.iso]));
    expect(iso['lundi 17']).toBe('2016-10-17');
    expect(iso['mardi 25']).toBe('2016-10-25');
  });

  it('reads figures with what they count', () => {
    const f = digest.facts.figures;
    expect(f.find((x) => x.value === 13)?.counts).toBe('ministres de la Défense');
    expect(f.find((x) => x.value === 50)?.counts).toBe('policiers');
    const km = f.find((x) => x.unit === 'km');
    expect(km?.value).toBe(5);
    expect(km?.kind).toBe('measure');
  });

  it('summarises in article order without the caption or standfirst', () => {
    expect(digest.summary.length).toBeGreaterThanOrEqual(1);
    expect(digest.summary.length).toBeLessThanOrEqual(4);
    const pos = digest.summary.map((s) => s.paragraph * 1e6 + s.start);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    for (const s of digest.summary) {
      expect((seed.paragraphs[s.paragraph] as string).slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toContain('©');
    }
  });

  it('points each fact back to a sentence that contains it', () => {
    for (const p of digest.facts.people) {
      const sent = (seed.paragraphs[p.ref.paragraph] as string).slice(p.ref.start, p.ref.end);
      expect(sent).toContain(p.name.split(' ').pop() as string);
    }
  });
});

// Quotation styles, attribution patterns, dates and figures in the six full languages, plus unknown-language fallback.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { ATTRIBUTION } from '../../../src/core/analyze/attribution-model';
import { findQuoteSpans } from '../../../src/core/analyze/quotespans';
import { detectText } from '../../../src/core/analyze/lang/detect';
import { parseNumber } from '../../../src/core/analyze/figures';

const speakers = (paragraphs: string[], lang?: string) => analyzeArticle({ paragraphs, lang }, { attribution: ATTRIBUTION }).quotes.map((q) => [q.speaker, q.text]);

describe('quote spans', () => {
  it('pairs every quote style', () => {
    const styles = ['“a b”', '„a b“', '«a b»', '‹a b›', '‚a b‘', '「a b」', '"a b"', '»a b«'];
    for (const s of styles) {
      const spans = findQuoteSpans(`x ${s} y`);
      expect(spans, s).toHaveLength(1);
      expect(`x ${s} y`.slice(spans[0]?.innerStart, spans[0]?.innerEnd)).toBe('a b');
    }
  });
  it('does not take apostrophes for quotes', () => {
    expect(findQuoteSpans("l'armée d'Irak n'a pas dit 'oui'")).toHaveLength(1);
    expect(findQuoteSpans("It's the company's plan")).toHaveLength(0);
  });
  it('keeps a quotation cut by (...) whole', () => {
    const t = 'Il a dit : « Nous irons (...) » (...) « jusqu’au bout ».';
    const s = findQuoteSpans(t);
    expect(s).toHaveLength(1);
    expect(t.slice(s[0]?.innerStart, s[0]?.innerEnd)).toBe('Nous irons (...) » (...) « jusqu’au bout');
  });
  it('pairs straight quotes in text whose paragraph breaks are gone', () => {
    const inner = (t: string): string[] => findQuoteSpans(t).map((q) => t.slice(q.innerStart, q.innerEnd));
    // A quotation run on to a lost paragraph break ends where the next one opens.
    expect(inner('He said: "We will rebuild the harbour wall before winter comes. "It will cost a lot," Smith added.'))
      .toEqual(['We will rebuild the harbour wall before winter comes.', 'It will cost a lot,']);
    // The closing mark of a quotation whose opening was lost opens nothing.
    expect(inner('and that was the end of it." Then she said "yes please" to everyone.')).toEqual(['yes please']);
    // Glued to the sentence before, as wire copy runs sentences together, an opening mark still opens.
    expect(inner('ont dansé la valse... "en pyjama"."Je me sens nostalgique", confie-t-elle.')).toEqual(['en pyjama', 'Je me sens nostalgique']);
  });
});

describe('attribution', () => {
  it('English: X said, said X, according to X, pronouns', () => {
    const q = speakers([
      'Jane Goodall, a primatologist at the institute, said: "We need to act on this now, before it is too late."',
      '"It will take years to rebuild the forest," said Peter Brown, the mayor of the town.',
      '"Nobody expected this," he added.',
      'According to Maria Lopez, "the water level is already too low for the fish."',
    ], 'en');
    expect(q.map((x) => x[0])).toEqual(['Jane Goodall', 'Peter Brown', 'Peter Brown', 'Maria Lopez']);
  });
  it('German: „…“, sagte X', () => {
    const q = speakers(['„Wir werden die Pläne für die neue Brücke noch in diesem Jahr vorlegen“, sagte Bürgermeisterin Anna Schmidt am Montag.'], 'de');
    expect(q[0]?.[0]).toBe('Anna Schmidt');
  });
  it('Spanish: —, afirmó X / según X', () => {
    const q = speakers(['"La economía crecerá más de lo esperado este año", afirmó el ministro Luis Caputo en una conferencia.', 'Según Ana Torres, "los precios no bajarán antes de marzo".'], 'es');
    expect(q.map((x) => x[0])).toEqual(['Luis Caputo', 'Ana Torres']);
  });
  it('Italian: «…», ha detto X', () => {
    const q = speakers(['«Siamo pronti a collaborare con tutti i partner europei», ha detto Mario Rossi, ministro degli Esteri.'], 'it');
    expect(q[0]?.[0]).toBe('Mario Rossi');
  });
  it('Portuguese: "…", afirmou X', () => {
    const q = speakers(['"Não vamos aceitar esse acordo nas condições atuais", afirmou o presidente do sindicato, João Silva.'], 'pt');
    expect(q[0]?.[0]).toBe('João Silva');
  });
  it('sentence starts, titles and months are not people', () => {
    const d = analyzeArticle({ paragraphs: ['Monday was calm. Mr. Ahmed Khan arrived in Karachi in March. Yesterday Ahmed Khan said the plan works.'], lang: 'en', published: '2020-03-10' });
    const names = d.facts.people.map((p) => p.name);
    expect(names).toEqual(['Ahmed Khan']);
    expect(d.facts.places.map((p) => p.text)).toContain('Karachi');
  });
});

describe('dates and figures', () => {
  it('resolves relative and absolute dates', () => {
    const d = analyzeArticle({ paragraphs: ['Le 5 mai 2015, les députés ont voté. Hier, le Sénat a reçu le texte.'], lang: 'fr', published: '2015-05-12T10:00:00Z' });
    const iso = d.facts.dates.map((x) => x.iso);
    expect(iso).toContain('2015-05-05');
    expect(iso).toContain('2015-05-11');
  });
  it('reads numbers per locale, money and percentages', () => {
    expect(parseNumber('1,000', 'en')).toBe(1000);
    expect(parseNumber('1.000', 'de')).toBe(1000);
    expect(parseNumber('3,5', 'fr')).toBe(3.5);
    expect(parseNumber('2 209', 'fr')).toBe(2209);
    const d = analyzeArticle({ paragraphs: ['The company paid $4.5 million to settle, and its shares fell 12 percent after 300 workers left.'], lang: 'en' });
    const kinds = Object.fromEntries(d.facts.figures.map((f) => [f.kind, f]));
    expect(kinds.money?.value).toBe(4.5e6);
    expect(kinds.percent?.value).toBe(12);
    expect(kinds.count?.counts).toBe('workers');
  });
});

describe('language', () => {
  it('detects the text language and overrules a wrong page hint', () => {
    expect(detectText('Les autorités françaises sont toujours sans nouvelles de plus de deux cents personnes dans le pays.').code).toBe('fr');
    const d = analyzeArticle({ paragraphs: ['Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz beschlossen, das die Rechte der Mieter in den Städten stärken soll.'], lang: 'en' });
    expect(d.lang).toBe('de');
    expect(d.langSource).toBe('text');
  });
  it('still summarises an unknown language', () => {
    const paras = [
      'Kaupunginvaltuusto hyväksyi eilen suunnitelman uudesta sillasta joen yli keskustan kohdalla.',
      'Rakennustyöt alkavat ensi keväänä ja kestävät arviolta kolme vuotta urakoitsijan mukaan.',
      'Asukkaat ovat toivoneet siltaa jo vuosikymmenten ajan, koska nykyinen lautta on hidas.',
      'Hankkeen hinta on noussut alkuperäisestä arviosta terästen kallistumisen vuoksi selvästi.',
      'Ympäristöjärjestöt ovat huolissaan joen kalakannasta rakennustöiden aikana ja sen jälkeen.',
    ];
    const d = analyzeArticle({ paragraphs: paras });
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
    expect(d.facts.people).toEqual([]);
  });
});

describe('dates and figures in the other full languages', () => {
  const facts = (t: string, lang: string) => analyzeArticle({ paragraphs: [t], lang, published: '2020-03-14T10:00:00Z' }).facts;
  it('German', () => {
    const f = facts('Am 17. Oktober 2016 sagte die Ministerin, die Preise seien um 3,5 Prozent gestiegen. Gestern kamen 2.000 Besucher.', 'de');
    expect(f.dates.map((d) => d.iso)).toEqual(['2016-10-17', '2020-03-13']);
    expect(f.figures.map((x) => [x.kind, x.value])).toEqual([['percent', 3.5], ['count', 2000]]);
  });
  it('Spanish', () => {
    const f = facts('El 5 de mayo de 2015 el gobierno anunció 300 millones de dólares.', 'es');
    expect(f.dates[0]?.iso).toBe('2015-05-05');
    expect(f.figures[0]).toMatchObject({ kind: 'money', value: 3e8, unit: 'USD' });
  });
  it('Italian and Portuguese', () => {
    expect(facts('Il 12 marzo 2020 il governo ha stanziato 25 miliardi di euro.', 'it').figures[0]).toMatchObject({ kind: 'money', value: 25e9, unit: 'EUR' });
    expect(facts('Em 21 de dezembro de 2018, o técnico disse que 15% dos jogadores estavam cansados.', 'pt').dates[0]?.iso).toBe('2018-12-21');
  });
});

// Entity rules: what must not become a person (German nouns, products, works, laws, places) and organisation cues.
import { describe, expect, it } from 'vitest';
import { facts, orgs, people, places } from './facts-of';

describe('people precision', () => {
  it('German: capitalised noun phrases are not people; a first name or a speech verb makes one', () => {
    const p = people(
      [
        'Mit dem Update wurde die Zahl der Zusatzfelder in der Datenbank erweitert. Die Anzeige Neuer Nachrichten klappt besser.',
        'Olaf Scholz besuchte am Montag die Fabrik. „Wir investieren weiter“, sagte Erika Mustermann dazu.',
      ],
      'de',
    );
    expect(p).toContain('Olaf Scholz');
    expect(p).toContain('Erika Mustermann');
    expect(p.some((n) => /Zahl|Zusatzfelder|Neuer/.test(n))).toBe(false);
  });
  it('product names, brands with inner capitals and quoted titles are not people', () => {
    const p = people(
      [
        'The headset, called Vision Pro, costs a lot. Players of PlayStation Arena liked it, and “Rez Infinite” is the best game.',
        'Ben Silverman tested the Orbit Max last week in his office with Laura Hines.',
      ],
      'en',
    );
    expect(p).toEqual(expect.arrayContaining(['Ben Silverman', 'Laura Hines']));
    expect(p.some((n) => /Vision|PlayStation|Rez|Orbit/.test(n))).toBe(false);
  });
  it('laws and titles after a work noun are not people', () => {
    const p = people(['The Data Retention Act was passed. We watched the documentary Jim Andrews on Sunday with Maria Lopez.'], 'en');
    expect(p).toContain('Maria Lopez');
    expect(p.some((n) => /Retention|Jim Andrews/.test(n))).toBe(false);
  });
});

describe('demonyms and nationalities', () => {
  it('are neither people nor places, in nouns and adjectives, while first names that look like them stay', () => {
    const en = facts(['Kenyans and New Zealanders watched the race. The Kenyan runner Paul Tergat won, and Israelis cheered.'], 'en');
    const names = [...en.people.map((p) => p.name), ...en.places.map((p) => p.text), ...en.organisations.map((o) => o.text)];
    expect(names.some((n) => /Kenyan|Zealanders|Israelis/.test(n))).toBe(false);
    expect(en.people.map((p) => p.name)).toContain('Paul Tergat');
    const fr = facts(['Deux Français ont été blessés, a indiqué François Hollande. Les Français de l’étranger seront informés.'], 'fr');
    expect(fr.people.map((p) => p.name)).toEqual(['François Hollande']);
  });
});

describe('places', () => {
  it('"Los", "New" and head nouns open place names; a name after "in" is not a role holder', () => {
    const pl = places(
      [
        'Sales rose in Los Angeles and along the Las Vegas Strip, and in New York’s Times Square.',
        'The broadcaster’s correspondent in Nairobi filed a report.',
      ],
      'en',
    );
    expect(pl).toEqual(expect.arrayContaining(['Los Angeles', 'Las Vegas Strip', 'Times Square', 'Nairobi']));
  });
});

describe('organisations', () => {
  it('lowercase institution heads with a capitalised complement', () => {
    expect(orgs(['Le communiqué a été publié par le ministère des Affaires étrangères mardi soir.'], 'fr')).toContain('ministère des Affaires étrangères');
    expect(orgs(['El informe del ministerio de Economía llegó tarde.'], 'es')).toContain('ministerio de Economía');
  });
  it('Romance head nouns keep their complement ("Conseil constitutionnel", "Cour de cassation")', () => {
    const o = orgs(['Le texte sera examiné par le Conseil constitutionnel puis par la Cour de cassation.'], 'fr');
    expect(o).toEqual(expect.arrayContaining(['Conseil constitutionnel', 'Cour de cassation']));
  });
  it('an organisation noun before a name; generic nouns alone are not names', () => {
    const o = orgs(['Volunteers from the rescue group Seahelp came. The Government said nothing, and the Government left.'], 'en');
    expect(o).toContain('Seahelp');
    expect(o).not.toContain('Government');
  });
  it('"companies such as X, Y or Z": the examples and the rest of the list are organisations', () => {
    const o = orgs(['Den Standard nutzen Firmen wie Zeltbau, Rotmoor oder Kanalfix, um ihre Zugänge besser abzusichern.'], 'de');
    expect(o).toEqual(expect.arrayContaining(['Zeltbau', 'Rotmoor', 'Kanalfix']));
  });
  it('a work noun in brackets after a heading name marks a work', () => {
    expect(people(['Marlow Durand (série, 10x26, Canal+)', 'La série suit un sénateur devenu président par accident.'], 'fr')).not.toContain('Marlow Durand');
  });
  it('a credit label glued to a name is cut off', () => {
    expect(people(['CreditKevin Frayer/Getty Images'], 'en')).toContain('Kevin Frayer');
  });
});

// "Secretary of State John Kerry": capitalised words after "<role> <link>" complete the role up to the person's
// given name, so the person is John Kerry (role "Secretary of State") and the quote is his — in any language.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';

const digest = (lang: string, text: string) => analyzeArticle({ paragraphs: [text], lang });
const people = (d: ReturnType<typeof digest>) => d.facts.people.map((p) => [p.name, p.role]);

describe('names after a role and its complement', () => {
  it.each([
    ['en', 'Secretary of State John Kerry met the foreign minister on Monday. "We have made progress," Kerry said.', 'John Kerry', 'Secretary of State'],
    ['en', 'The Secretary of Defense Ashton Carter was also present. "We will stay," Carter said on Monday.', 'Ashton Carter', 'Secretary of Defense'],
    ['fr', "Le ministre de l'Intérieur Bernard Cazeneuve a annoncé lundi de nouvelles mesures. « Nous serons fermes », a déclaré Cazeneuve.", 'Bernard Cazeneuve', "ministre de l'Intérieur"],
    ['de', 'Der Minister für Wirtschaft Peter Altmaier sprach am Montag in Berlin. „Wir handeln jetzt“, sagte Altmaier.', 'Peter Altmaier', 'Minister für Wirtschaft'],
    ['es', 'El secretario de Estado Antony Blinken llegó el lunes a Madrid. "Estamos aquí para ayudar", afirmó Blinken.', 'Antony Blinken', 'secretario de Estado'],
  ])('%s: %s', (lang, text, name, role) => {
    const d = digest(lang, text);
    expect(people(d)).toEqual([[name, role]]);
    expect(d.facts.organisations).toEqual([]);
    expect(d.quotes.map((q) => q.speaker)).toEqual([name]);
  });

  it('an institution after the role stays whole: "chairman of the Council of Economic Advisers"', () => {
    const d = digest('en', 'He served as chairman of the Council of Economic Advisers under two presidents, and his views still matter in Washington today.');
    expect(d.facts.people).toEqual([]);
    expect(d.facts.organisations.map((o) => o.text)).toContain('Council of Economic Advisers');
  });
});

// Every fixture page through the whole pipeline against its golden file (tests/fixtures/golden/<name>/expected.json).
// A change in the engines shows here as one diff; if it is right, `npm run golden` rewrites the files for review.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, fixturePath, readFixtureText } from './support/fixtures';
import { computeGolden, goldenCases, goldenText } from './support/golden';

const cases = goldenCases(fixturesDir);
const HOW = 'review the difference; if the engines are right, run `npm run golden` and commit the rewritten files';

interface GoldenQuote { speaker: string | null; role?: string; text: string }
interface GoldenPerson { name: string; role?: string }
interface SampleGolden { article: { lang: string; byline: string }; digest: { summary: unknown[]; quotes: GoldenQuote[]; facts: { people: GoldenPerson[] } } }

describe('golden files', () => {
  it('exist for every fixture page, and only for them', () => {
    const dirs = fs.readdirSync(fixturePath('golden')).filter((n) => fs.statSync(path.join(fixturesDir, 'golden', n)).isDirectory());
    expect(dirs.sort(), `tests/fixtures/golden/ does not match the fixture pages: ${HOW}`).toEqual(cases.map((c) => c.name).sort());
  });

  for (const c of cases) {
    it(`${c.name}: the pipeline's output matches ${c.golden}`, () => {
      const expected: unknown = JSON.parse(readFixtureText(c.golden));
      const actual: unknown = JSON.parse(goldenText(computeGolden(fixturesDir, c)));
      expect(actual, `tests/fixtures/${c.golden} is out of date: ${HOW}`).toEqual(expected);
    });
  }
});

// The golden file alone would let a wrong regeneration pass: what a reader of the sample knows, stated once here.
describe('the sample article\'s golden file says what the article says', () => {
  const golden = JSON.parse(readFixtureText('golden/francesoir-mossoul/expected.json')) as SampleGolden;
  const { quotes, facts, summary } = golden.digest;

  it('7 quotations: Hollande 3, Le Drian 2, Carter 1, al-Tulaibawi 1', () => {
    const bySpeaker: Record<string, number> = {};
    for (const q of quotes) bySpeaker[String(q.speaker)] = (bySpeaker[String(q.speaker)] ?? 0) + 1;
    expect(quotes).toHaveLength(7);
    expect(bySpeaker).toEqual({ 'François Hollande': 3, 'Jean-Yves Le Drian': 2, 'Ashton Carter': 1, 'Jawad al-Tulaibawi': 1 });
  });

  it('the four speakers are its people, each with the role the text gives', () => {
    const roles = Object.fromEntries(facts.people.map((p) => [p.name, p.role]));
    expect(roles).toEqual({
      'François Hollande': 'président français',
      'Jean-Yves Le Drian': 'ministre de la défense française',
      'Ashton Carter': "secrétaire d'État américain à la défense",
      'Jawad al-Tulaibawi': "porte parole d'une puissante milice chiite",
    });
  });

  it('a French article by the FranceSoir newsroom with a 2–5 sentence summary', () => {
    expect(golden.article.lang).toBe('fr');
    expect(golden.article.byline).toBe('La rédaction de FranceSoir.fr');
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.length).toBeLessThanOrEqual(5);
  });
});

// Intl formatting in the popup: article dates keep their own day, figures read as numbers with units, in the UI language.
import { describe, expect, it } from 'vitest';
import { uiLocale } from '../../../src/common/ui-locale';
import { figureLabel, figureValue, formatIsoDate, formatPercent, languageName } from '../../../src/popup/lib/format';

describe('formatIsoDate', () => {
  it('formats full, month and year dates in the UI language', () => {
    expect(formatIsoDate('2016-10-17', 'en')).toBe('October 17, 2016');
    expect(formatIsoDate('2016-10-17', 'fr')).toBe('17 octobre 2016');
    expect(formatIsoDate('2016-10', 'fr')).toBe('octobre 2016');
    expect(formatIsoDate('2018', 'en')).toBe('2018');
  });

  it("keeps the article's calendar day whatever the offset", () => {
    expect(formatIsoDate('2016-10-26T23:54:00+02:00', 'en')).toBe('October 26, 2016');
    expect(formatIsoDate('2016-10-26T00:10:00-08:00', 'en')).toBe('October 26, 2016');
  });

  it('returns nothing for no date and the input for a non-date', () => {
    expect(formatIsoDate(null, 'en')).toBe('');
    expect(formatIsoDate('yesterday', 'en')).toBe('yesterday');
  });
});

describe('figures and numbers', () => {
  it('writes figures with their unit or currency in the UI language', () => {
    expect(figureValue({ value: 5, unit: 'km', kind: 'measure' }, 'en')).toBe('5 km');
    expect(figureValue({ value: 13, kind: 'count' }, 'fr')).toBe('13');
    expect(figureValue({ value: 31, kind: 'percent' }, 'en')).toBe('31%');
    expect(figureValue({ value: 4_200_000, unit: 'USD', kind: 'money' }, 'en')).toBe('$4.2M');
    expect(figureValue({ value: 400_000, unit: 'GBP', kind: 'money' }, 'en')).toBe('£400K');
    expect(figureValue({ value: 1200, unit: 'homes', kind: 'count' }, 'fr')).toMatch(/^1\s200 homes$/u);
  });

  it('labels a figure by what it counts, else by the article words', () => {
    expect(figureLabel({ text: '13 ministres de la Défense', counts: 'ministres de la Défense' })).toBe('ministres de la Défense');
    expect(figureLabel({ text: 'cinq kilomètres' })).toBe('cinq kilomètres');
  });

  it('formats percentages and language names per UI language', () => {
    expect(formatPercent(110, 'en')).toBe('110%');
    expect(formatPercent(110, 'fr')).toMatch(/^110\s%$/u);
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('', 'fr')).toBe('');
  });
});

describe('uiLocale', () => {
  it("follows the translation's language, keeping the browser's region when they agree", () => {
    expect(uiLocale('fr', 'en-US')).toBe('fr');
    expect(uiLocale('en', 'en-GB')).toBe('en-GB');
    expect(uiLocale('en', 'en_US')).toBe('en-US');
    expect(uiLocale('', 'de')).toBe('de');
  });
});

// The shared name tables (lang/data/common.json) load with the first full language; until they are in, a language
// with its own lists gets no facts or speakers. Own file: the registry must start empty (vitest isolates per file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, COMMON_DATA, hasCommon, hasLang, isCommonData, langLoader } from '../../../src/core/analyze/engine';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/core/analyze/lang/data');
const readData = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, `${name}.json`), 'utf8'));

const article = {
  lang: 'en',
  title: 'Harbour storm floods the old town',
  paragraphs: [
    'The storm flooded the old town on Monday night, and the harbour wall gave way in two places.',
    '“We will rebuild the harbour before the winter,” said Marie Dupont, the mayor of the town, on Tuesday.',
  ],
};

describe('langLoader and the shared tables', () => {
  it('a language whose shared tables failed to load gets no speakers; the next call loads only those tables', async () => {
    const asked: string[] = [];
    let failCommon = true;
    const ensure = langLoader(async (name) => {
      asked.push(name);
      if (name === COMMON_DATA && failCommon) throw new Error('503');
      return readData(name);
    });
    expect(await ensure('en')).toBe(false);
    expect([hasLang('en'), hasCommon()]).toEqual([true, false]);
    const bare = analyzeArticle(article);
    expect(bare.quotes.length).toBe(1);
    expect(bare.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(bare.facts.people).toEqual([]);

    failCommon = false;
    expect(await ensure('en')).toBe(true);
    expect(asked).toEqual([COMMON_DATA, 'en', COMMON_DATA]);
    const full = analyzeArticle(article);
    expect(full.quotes.map((q) => q.speaker)).toEqual(['Marie Dupont']);
    expect(full.facts.people.map((p) => p.name)).toContain('Marie Dupont');
  });

  it('takes as shared tables only a plain object with exactly their fields, each a string', () => {
    const good = readData(COMMON_DATA) as Record<string, string>;
    const { places: _places, ...missing } = good;
    expect(isCommonData(good)).toBe(true);
    for (const bad of [missing, { ...good, extra: 'x' }, { ...good, places: ['paris'] }, Object.assign(Object.create({ polluted: true }), good), [good], null]) {
      expect(isCommonData(bad)).toBe(false);
    }
  });
});

// The engine without bundled word lists: languages arrive one at a time through langLoader, as in the extension.
// This file imports ./engine only, so its registry starts empty (vitest isolates module state per file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, articleLang, COMMON_DATA, DATA_LANGS, hasCommon, hasLang, isCommonData, isLangData, langLoader } from '../../../src/core/analyze/engine';
import { loadSeed } from './seed';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/core/analyze/lang/data');
const readData = (code: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, `${code}.json`), 'utf8'));

const seed = loadSeed();
const french = { paragraphs: seed.paragraphs, title: seed.title, lang: 'fr', published: '2016-10-26T12:54:00+02:00' };

/** A loader over the real data files that records what it was asked for. */
function recordingLoader(fetchData: (code: string) => Promise<unknown> = async (code) => readData(code)) {
  const asked: string[] = [];
  const ensure = langLoader(async (code) => {
    asked.push(code);
    return fetchData(code);
  });
  return { asked, ensure };
}

describe('language data files', () => {
  it('exist for exactly the languages the engine declares, each valid and named after its code, beside the shared tables', () => {
    const files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...DATA_LANGS, COMMON_DATA].sort());
    for (const code of DATA_LANGS) expect(isLangData(readData(code), code)).toBe(true);
    expect(isCommonData(readData(COMMON_DATA))).toBe(true);
    // The shared tables are no language's data, nor is a language's data the shared tables.
    expect(isLangData(readData(COMMON_DATA), COMMON_DATA)).toBe(false);
    expect(isCommonData(readData('en'))).toBe(false);
  });
});

describe('langLoader', () => {
  it('without lists, the French sample still gets a summary and its quotation spans, but no people or speakers', () => {
    expect(hasLang('fr')).toBe(false);
    expect(hasCommon()).toBe(false);
    const bare = analyzeArticle(french);
    expect(bare.lang).toBe('fr');
    expect(bare.summary.length).toBeGreaterThanOrEqual(1);
    expect(bare.facts.people).toEqual([]);
    expect(bare.quotes.length).toBeGreaterThan(0);
    expect(bare.quotes.every((q) => q.speaker === null)).toBe(true);
  });

  it('loads only the language an article needs, once, even when asked concurrently', async () => {
    const { asked, ensure } = recordingLoader();
    const code = articleLang(french).lang;
    expect(await Promise.all([ensure(code), ensure(code), ensure(code)])).toEqual([true, true, true]);
    expect(await ensure(code)).toBe(true);
    expect(asked).toEqual([COMMON_DATA, 'fr']);
    expect(hasLang('fr')).toBe(true);
    expect(hasCommon()).toBe(true);
    expect(hasLang('en')).toBe(false);

    const digest = analyzeArticle(french);
    // The background chooses the language first (to load its lists) and hands that choice on: same digest.
    const handedOn = analyzeArticle(french, { lang: articleLang(french) });
    expect({ ...handedOn, stats: { ...handedOn.stats, ms: 0 } }).toEqual({ ...digest, stats: { ...digest.stats, ms: 0 } });
    expect(digest.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['François Hollande', 'Jean-Yves Le Drian', 'Ashton Carter']));
    expect(digest.facts.people.map((p) => p.name)).toContain('François Hollande');
  });

  it('asks for nothing when a language has no data file, whatever the code', async () => {
    const { asked, ensure } = recordingLoader();
    for (const code of ['nl', 'und', 'xx', '__proto__', 'constructor', '../fr', '']) expect(await ensure(code)).toBe(false);
    expect(asked).toEqual([]);
  });

  it('rejects data that is not a language file and tries again on the next call', async () => {
    const answers: unknown[] = [
      { code: 'en', stop: 'the', speech: ['said'] }, // a field that is not a string
      { code: 'de', stop: 'der' }, // another language's data
      Object.assign(Object.create({ polluted: true }), { code: 'en', stop: 'the' }), // not a plain object
      { code: 'en', stop: 'the', extra: 'x' }, // an unknown field
      null,
    ];
    const { asked, ensure } = recordingLoader(async () => answers.shift());
    for (let i = 0; i < 5; i++) expect(await ensure('en')).toBe(false);
    expect(hasLang('en')).toBe(false);
    expect(asked).toHaveLength(5);

    const failing = recordingLoader(() => Promise.reject(new Error('404')));
    expect(await failing.ensure('es')).toBe(false);
    expect(hasLang('es')).toBe(false);
  });
});

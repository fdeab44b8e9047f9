// Windowed segmentation (long paragraphs go to Intl.Segmenter in bounded pieces) gives the same sentences and words.
import { describe, expect, it } from 'vitest';
import { getLang, registerLang } from '../../../src/core/analyze/lang/registry';
import { ALL_LANG_DATA } from '../../../src/core/analyze/lang/all';
import { findQuoteSpans } from '../../../src/core/analyze/quotespans';
import { splitSentences, tokenize } from '../../../src/core/analyze/segment';
import { segmentWindowed } from '../../../src/core/analyze/windowed';
import { loadSeed } from './seed';
import { segmenterInputs } from '../support/segmenter-inputs';

registerLang(...ALL_LANG_DATA);

/** Whole paragraph in one call, as before windowing. */
const UNWINDOWED = Number.MAX_SAFE_INTEGER;

const sentences = (text: string, code: string, window: number) =>
  splitSentences(text, 0, getLang(code), findQuoteSpans(text), 0, window);

const EN =
  'The harbour council voted on Tuesday to build a movable flood barrier, ending a dispute that split the town. ' +
  'Mr. J. K. Hale, the mayor, said: "We waited long enough. Now we build." Costs rose 3.5% (about $2.1 million) in 2023! ' +
  'Was it worth it? Residents of St. Ives think so, e.g. the fishermen. ';
const FR =
  'Le conseil a voté mardi la construction d’une digue mobile. « Nous avons assez attendu. Maintenant, on construit », ' +
  'a déclaré M. Durand, le maire. L’État paiera 40 % du coût, soit 2,1 millions d’euros… Qu’en pensent les pêcheurs ? ';
const ZH = '北京市政府今天宣布了新的交通计划，将在明年开始实施。市长表示：“我们已经等待太久了。”居民们对此表示欢迎！';
const JA = '東京都は今日、新しい交通計画を発表した。来年から実施される予定だ。知事は「もう十分待った」と述べた。';

describe('windowed segmentation', () => {
  it('gives the FranceSoir seed the same sentences, tokens and offsets with small windows', () => {
    const { paragraphs } = loadSeed();
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    const whole = paragraphs.join(' ');
    for (const text of [...paragraphs, whole, whole.repeat(4)]) {
      const expected = sentences(text, 'fr', UNWINDOWED);
      expect(sentences(text, 'fr', 1_200)).toEqual(expected);
      expect(sentences(text, 'fr', 4_000)).toEqual(expected);
    }
  });

  it.each([
    ['en', EN, 400],
    ['fr', FR, 400],
    ['zh', ZH, 200],
    ['ja', JA, 200],
  ])('gives a long %s paragraph built by repetition the same sentences and words', (code, unit, times) => {
    const text = unit.repeat(times);
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    const expected = sentences(text, code, UNWINDOWED);
    const got = sentences(text, code, 2_000);
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(times);
    for (const s of got) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.s, t.e).replace(/['’](?:s|d|ll|re|ve|m|t)$/i, '')).toContain(t.t);
    }
    // Words of one long unpunctuated stretch (tokenize windows too, for unspaced scripts).
    const words = unit.replace(/[\p{P}\s]/gu, '').repeat(times);
    expect(tokenize(words, 0, words.length, code, 1_500)).toEqual(tokenize(words, 0, words.length, code, UNWINDOWED));
  });

  it('never hands Intl.Segmenter more than one window', () => {
    const text = EN.repeat(400);
    const seen = segmenterInputs(() => sentences(text, 'en', 2_000));
    expect(seen.length).toBeGreaterThan(1);
    expect(Math.max(...seen)).toBeLessThanOrEqual(2_000);
    const cjk = ZH.repeat(300);
    const seenCjk = segmenterInputs(() => sentences(cjk, 'zh', 2_000));
    expect(Math.max(...seenCjk)).toBeLessThanOrEqual(2_000);
  });

  it('does not invent sentence boundaries where a window had to be cut without one', () => {
    const text = 'and the water kept rising over the old quay '.repeat(300); // no sentence punctuation at all
    const got = sentences(text, 'en', 2_000);
    expect(got).toEqual(sentences(text, 'en', UNWINDOWED));
    expect(got).toHaveLength(1);
  });

  it('keeps surrogate pairs whole and offsets exact when no boundary exists', () => {
    const text = '𠀀'.repeat(3_000) + 'a'.repeat(3_001); // astral CJK then one unbroken run
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const pieces = segmentWindowed(seg, text, 1_001);
    expect(pieces.map((p) => p.segment).join('')).toBe(text);
    for (const p of pieces) expect(text.slice(p.index, p.index + p.segment.length)).toBe(p.segment);
    expect(pieces.some((p) => p.forced)).toBe(true);
  });
});

// The article's words, folded (case and accents) and placed, so an AI fact can be looked up and pointed back to its sentence.
import type { Ref } from '../../core/analyze/types';

/** Fold case and accents ("État" → "etat"), so the model's spelling and the article's can be compared. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A word: letters and digits; apostrophes and hyphens separate words, so "L'État" → l, etat and "al-Tulaibawi" → al, tulaibawi. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The folded words of a phrase, in order. */
export const words = (s: string): string[] => (s.match(WORD) ?? []).map(fold);

/**
 * Numbers in a text with their separators removed, so "2,300", "2 300" and "2300" read the same
 * (and "4,2" / "4.2" both read "42": comparing digit strings is enough to tell whether a number is in the text).
 */
export const numbersIn = (s: string): string[] =>
  (s.match(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(/\D/g, '')).filter(Boolean);

interface Token {
  word: string;
  paragraph: number;
  start: number;
  end: number;
  /** Written with a capital (or in a script without case), as names are. */
  capital: boolean;
}

/**
 * Marks after which a capital is grammar, not a name: opening quotes, brackets and dashes (a quotation starts a
 * sentence). Apostrophes and hyphens are not among them: "l'État", "al-Tulaibawi" are names inside words.
 */
const OPENERS = /["“”„«‹‘([¿¡—–]\s*$/u;

export interface ArticleIndex {
  /** True when every word of `phrase` is somewhere in the article (order and place aside). */
  hasWords(phrase: string): boolean;
  /** True when every number of `phrase` is a number of the article. */
  hasNumbers(phrase: string): boolean;
  /**
   * The article writes `phrase` as a name: some place it stands has a capitalised word that does not open a
   * sentence or a quotation ("Le président français" at a sentence start is not a name; "Le Drian" is).
   */
  writesAsName(phrase: string): boolean;
  /** Where the words of `phrase` appear together, in order: the sentence around the first such place. */
  findPhrase(phrase: string): Ref | null;
  /**
   * The first paragraph that has every word of `phrase`, in any order ("Ruiz, Ana" for "Ana Ruiz"): the sentence of its
   * rarest word there. Words scattered over the article do not make a name, so they must share a paragraph.
   */
  findWordsTogether(phrase: string): Ref | null;
  /** The sentence around the first place this number appears. */
  findNumber(number: string): Ref | null;
}

/** Sentence bounds of a paragraph, with Intl.Segmenter where the runtime has it, else the whole paragraph. */
function sentenceBounds(text: string, lang: string): [number, number][] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [[0, text.length]];
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    segmenter = new Segmenter(undefined, { granularity: 'sentence' });
  }
  return [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length] as [number, number]);
}

export function indexArticle(paragraphs: readonly string[], lang = ''): ArticleIndex {
  const tokens: Token[] = [];
  const counts = new Map<string, number>();
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(WORD)) {
      const word = fold(m[0]);
      const first = m[0][0] ?? '';
      tokens.push({ word, paragraph, start: m.index, end: m.index + m[0].length, capital: first !== first.toLowerCase() || first === first.toUpperCase() });
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  });
  const numbers = new Set(paragraphs.flatMap(numbersIn));
  const sentences = new Map<number, [number, number][]>();

  /** The sentence holding [start, end) in a paragraph, trimmed of the spaces the segmenter leaves at its end. */
  const sentenceRef = (paragraph: number, start: number, end: number): Ref => {
    const text = paragraphs[paragraph] ?? '';
    let bounds = sentences.get(paragraph);
    if (!bounds) {
      bounds = sentenceBounds(text, lang);
      sentences.set(paragraph, bounds);
    }
    const [s, e] = bounds.find(([s0, e0]) => start >= s0 && start < e0) ?? [start, end];
    const to = Math.max(end, s + text.slice(s, Math.max(e, end)).trimEnd().length);
    return { paragraph, start: s, end: to };
  };

  /** Where a phrase's words stand in order, as indices of their first token. */
  const phraseStarts = (ws: readonly string[]): number[] => {
    const starts: number[] = [];
    for (let i = 0; i + ws.length <= tokens.length; i++) {
      const first = tokens[i]!;
      let j = 0;
      while (j < ws.length && tokens[i + j]!.word === ws[j] && tokens[i + j]!.paragraph === first.paragraph) j++;
      if (j === ws.length) starts.push(i);
    }
    return starts;
  };

  /** A capital that says "name": not the first word of a sentence, nor the first word after an opening quote or bracket. */
  const nameCapital = (t: Token): boolean => {
    if (!t.capital) return false;
    const text = paragraphs[t.paragraph] ?? '';
    const { start } = sentenceRef(t.paragraph, t.start, t.end);
    return t.start !== start && !OPENERS.test(text.slice(start, t.start));
  };

  return {
    hasWords: (phrase) => {
      const ws = words(phrase);
      return ws.length > 0 && ws.every((w) => counts.has(w));
    },
    hasNumbers: (phrase) => numbersIn(phrase).every((n) => numbers.has(n)),
    writesAsName(phrase) {
      const ws = words(phrase);
      if (!ws.length) return false;
      const starts = phraseStarts(ws);
      if (starts.length) return starts.some((i) => ws.some((_, j) => nameCapital(tokens[i + j]!)));
      return tokens.some((t) => ws.includes(t.word) && nameCapital(t));
    },
    findPhrase(phrase) {
      const ws = words(phrase);
      const [i] = ws.length ? phraseStarts(ws) : [];
      return i === undefined ? null : sentenceRef(tokens[i]!.paragraph, tokens[i]!.start, tokens[i + ws.length - 1]!.end);
    },
    findWordsTogether(phrase) {
      const ws = [...new Set(words(phrase))];
      if (!ws.length || !ws.every((w) => counts.has(w))) return null;
      // Rare and long words say most about where the fact is ("Tulaibawi" rather than "al").
      ws.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || b.length - a.length);
      for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
        const here = tokens.filter((t) => t.paragraph === paragraph);
        const has = new Set(here.map((t) => t.word));
        if (!ws.every((w) => has.has(w))) continue;
        const token = here.find((t) => t.word === ws[0]);
        if (token) return sentenceRef(paragraph, token.start, token.end);
      }
      return null;
    },
    findNumber(number) {
      for (const [paragraph, text] of paragraphs.entries()) {
        for (const m of text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g)) {
          if (m[0].replace(/\D/g, '') === number) return sentenceRef(paragraph, m.index, m.index + m[0].length);
        }
      }
      return null;
    },
  };
}

// Sentence and word segmentation: Intl.Segmenter plus repairs for abbreviations, initials and quotes.
import type { Lang } from './lang/registry';
import { findQuoteSpans, type QuoteSpan } from './quotespans';
import { segmentWindowed } from './windowed';

export interface Token {
  /** The word as written. */
  t: string;
  /** Lowercased. */
  lo: string;
  /** Offsets within the paragraph. */
  s: number;
  e: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Carried an English possessive or clitic ("Kenya's"), cut off. */
  poss?: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  /** Offsets within the paragraph, trimmed. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(lang);
  if (!s) {
    let loc = 'en';
    try {
      loc = Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'en';
    } catch {
      /* invalid tag: fall back to root rules */
    }
    s = new Intl.Segmenter(loc, { granularity });
    cache.set(lang, s);
  }
  return s;
}

/** Abbreviations any language keeps before a dot without ending a sentence. */
const UNIVERSAL_ABBREV = new Set(['dr', 'prof', 'st', 'no', 'nr', 'vs', 'etc', 'ca', 'jr', 'sr', 'mr', 'mrs', 'ms', 'gen', 'col', 'lt', 'capt']);

/** English clitics and possessives cut off the word they hang on ("Kenya's" → "Kenya", "That's" → "That"). */
const CLITIC = /['’](?:s|d|ll|re|ve|m|t)$/i;
/** Elided articles and prepositions glued to the next word ("l'Irak", "dell'Onu", "d’État"). */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|quell|un)['’](?=\p{L})/iu;
/** Scripts written without spaces: words come from Intl.Segmenter instead of the regex. */
const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/;

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** Words of text[start, end) with paragraph offsets. */
export function tokenize(text: string, start: number, end: number, lang: string, window?: number): Token[] {
  const out: Token[] = [];
  const part = text.slice(start, end);
  if (UNSPACED.test(part)) {
    for (const w of segmentWindowed(segmenter(wordSegmenters, lang, 'word'), part, window)) {
      if (!w.isWordLike) continue;
      out.push({ t: w.segment, lo: w.segment.toLowerCase(), s: start + w.index, e: start + w.index + w.segment.length, cap: false });
    }
    return out;
  }
  // A hand-written scanner (ASCII fast path) is several times faster than a Unicode regex over the text.
  let i = start;
  while (i < end) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end && isWordChar(text, j)) j++;
      if (j + 1 < end && JOINERS.includes(text[j] as string) && isWordChar(text, j + 1)) j += 2;
      else break;
    }
    pushWord(out, text.slice(i, j), i);
    i = j;
  }
  return out;
}

/** Inner characters that keep a word together ("Jean-Yves", "l'Irak", "U.S", "3.5", "AT&T", soft hyphen). */
const JOINERS = "-‐'’.&\u00ad";
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xad || (c >= 0x2000 && c <= 0x206f)) return false; // soft hyphen, general punctuation
  return WORD_CHAR.test(text[i] as string);
}

const ARABIC_MARKS = /[\p{M}\u0640]/gu;

/** Adds one word, cutting off an elided article ("l'") and an English clitic ("'s"). */
function pushWord(out: Token[], word: string, at: number): void {
  let w = word;
  let s = at;
  const apos = w.includes("'") || w.includes('’');
  const el = apos ? ELISION.exec(w) : null;
  // "D'Alema", "O'Brien": an uppercase D or O before an uppercase letter is part of a surname.
  if (el && !(/^[DO]$/.test(el[1] as string) && isUpper(w[el[0].length] as string))) {
    const n = el[0].length;
    out.push({ t: w.slice(0, n), lo: w.slice(0, n - 1).toLowerCase(), s, e: s + n, cap: false });
    w = w.slice(n);
    s += n;
  }
  const cl = apos && w.length > 3 ? CLITIC.exec(w) : null;
  const poss = !!cl && !/n['’]t$/i.test(w);
  if (poss && cl) w = w.slice(0, w.length - cl[0].length);
  const lower = w.toLowerCase();
  const c0 = w.charCodeAt(0);
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpper(w[0] as string);
  // Arabic: short vowels and the stretching tatweel are optional in writing ("وفقاً" = "وفقا", "لـ" = "ل").
  const lo = c0 >= 0x600 && c0 <= 0x6ff ? lower.replace(ARABIC_MARKS, '') : lower;
  const tok: Token = { t: w, lo: lo.includes('\u00ad') ? lo.replace(/\u00ad/g, '') : lo, s, e: s + w.length, cap };
  if (poss) tok.poss = true;
  out.push(tok);
}

/** What sentence splitting needs of a language: its code and abbreviations (read aloud passes just these). */
export type SplitLang = Pick<Lang, 'code' | 'abbrev'>;

function isAbbreviation(before: string, lang: SplitLang): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(before);
  if (!m) return /\b\d{1,2}\.\s*$/.test(before) && lang.code === 'de'; // German ordinal day "17."
  const w = (m[1] as string).toLowerCase();
  if (/^\p{Lu}$/u.test(m[1] as string)) return true; // an initial: "J. K. Rowling"
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S." "z.B."
  return lang.abbrev.has(w) || UNIVERSAL_ABBREV.has(w);
}

/**
 * A sentence end glued to the next sentence ("…de l'enquête.L'homme a été…"): text whose paragraph breaks were lost
 * when it was copied. Two lowercase letters or digits before the stop and a capitalised word after it, so initials
 * ("J.K."), acronyms and domain names ("site.fr") stay whole.
 */
const GLUED_END = /(?<=[\p{L}\d][\p{Ll}\d][.!?…]["»”]?)(?=["«“]?\p{Lu}[\p{Ll}'’])/gu;

/** Sentences of one paragraph. Boundaries inside quotations or after abbreviations are removed. */
export function splitSentences(text: string, paragraph: number, lang: SplitLang, quotes: QuoteSpan[], firstIndex: number, window?: number): Sentence[] {
  const cuts: number[] = [];
  // A window cut forced inside a boundary-less stretch is not a sentence boundary.
  for (const seg of segmentWindowed(segmenter(sentenceSegmenters, lang.code, 'sentence'), text, window)) if (seg.index > 0 && !seg.forced) cuts.push(seg.index);
  for (const m of text.matchAll(GLUED_END)) if (!cuts.includes(m.index)) cuts.push(m.index);
  cuts.sort((a, b) => a - b);
  const kept: number[] = [];
  for (const c of cuts) {
    const before = text.slice(Math.max(0, c - 30), c);
    const next = text.slice(c).trimStart();
    if (quotes.some((q) => q.outerStart < c && c < q.outerEnd - 1)) continue;
    if (isAbbreviation(before, lang) && !/^["“«„]/.test(next)) continue;
    if (/^[\p{Ll}»”),;:]/u.test(next)) continue; // a sentence never starts in lowercase or with a closing mark
    kept.push(c);
  }
  const bounds = [0, ...kept, text.length];
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let s = bounds[i] as number;
    let e = bounds[i + 1] as number;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e <= s) continue;
    out.push({ index: firstIndex + out.length, paragraph, start: s, end: e, text: text.slice(s, e), tokens: tokenize(text, s, e, lang.code, window) });
  }
  return out;
}

/** Quotation spans and sentences of an article: spans first, so sentence cuts inside quotations can be undone. */
export function segmentArticle(paragraphs: string[], lang: Lang): { spans: QuoteSpan[][]; sentences: Sentence[] } {
  const spans = paragraphs.map((p) => findQuoteSpans(p));
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => sentences.push(...splitSentences(p, i, lang, spans[i] ?? [], sentences.length)));
  return { spans, sentences };
}

// Proper-name chunks in sentences: runs of capitalised words, minus sentence starts, titles, calendar words and adjectives.
import type { Lang } from './lang/index';
import type { Sentence, Token } from './segment';
import { NAME_PARTICLES, NAME_CONJ, ORG_WORDS, fold } from './lang/common';

export interface Chunk {
  sent: Sentence;
  /** Token range [i0, i1) in sent.tokens. */
  i0: number;
  i1: number;
  text: string;
  s: number;
  e: number;
  /** The chunk's first word opens its sentence (or a quotation, or follows a colon). */
  initial: boolean;
  /** A dateline ("CAIRO —") at the start of a paragraph: a place. */
  dateline?: boolean;
}

/** Document-wide word evidence used to tell names from ordinary capitalised words. */
export interface Vocab {
  /** Words seen in lowercase anywhere. */
  lower: Set<string>;
  /** Capitalised words seen directly before a lowercase content word ("Tunisian security"): adjective use. */
  adjective: Set<string>;
}

/** Normalised key: no diacritics, lowercase, dashes as spaces. */
export function nameKey(s: string): string {
  return s.normalize('NFD').replace(/[\p{M}\u00ad]/gu, '').toLowerCase().replace(/[-‐’'.]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Display form of a name (soft hyphens removed). */
export const cleanName = (s: string): string => s.replace(/\u00ad/g, '');

/** True for a word that never starts a name in this language (function words, calendar, numbers, titles, roles). */
export function isCommonCap(tok: Token, lang: Lang): boolean {
  const lo = tok.lo.replace(/\.$/, '');
  return lang.stop.has(lo) || lang.months.has(lo) || lang.weekdays.has(lo) || lang.numbers.has(lo) || lang.titles.has(lo) || lang.relDays.has(lo) || lang.pronouns.has(lo) || lang.roles.has(lo);
}

/** Nationality-style endings: with adjective use, such a word is a demonym, not a name ("Tunisian", "Israeli"). */
export const DEMONYM = /(?:ian|ians|ean|eans|ese|ish|an|ans|i|ais|aise|ois|oise|ien|ienne|iens|ic)$/;
/** Hyphenated adjectives and compounds ending in a lowercase part ("Pakistan-based", "Two-year-old"). */
const LOWER_TAIL = /[-‐]\p{Ll}+$/u;
/** Lowercase name prefixes ("al-Tulaibawi", "bin Laden" is handled by particles). */
const NAME_PREFIX = /^(?:al|el|ul|bin|ibn|abu|ben|da|de|van|von|d)[-‐'’]\p{Lu}/u;
const isInitial = (t: Token): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(t.t) && t.t.length <= 5;
const shouting = (t: Token): boolean => t.t.length >= 2 && t.t === t.t.toUpperCase() && /\p{Lu}{2}/u.test(t.t);

function opensClause(text: string, tok: Token, sent: Sentence, idx: number): boolean {
  if (idx === 0) return true;
  const prev = sent.tokens[idx - 1] as Token;
  const gap = text.slice(prev.e, tok.s);
  return /[:«“„"‘‚‹「(—–]|[.!?]\s/.test(gap);
}

const onlySpace = (s: string): boolean => /^[ \u00a0]$/.test(s);

/** Builds the document vocabulary from all sentences. */
export function buildVocab(sentences: Sentence[], paragraphs: string[], lang: Lang): Vocab {
  const lower = new Set<string>();
  const adjective = new Set<string>();
  for (const s of sentences) {
    const text = paragraphs[s.paragraph] as string;
    s.tokens.forEach((t, i) => {
      if (!t.cap) lower.add(t.lo);
      const n = s.tokens[i + 1];
      if (t.cap && n && !n.cap && /\p{L}/u.test(n.t) && !lang.stop.has(n.lo) && onlySpace(text.slice(t.e, n.s))) adjective.add(t.lo);
    });
  }
  return { lower, adjective };
}

/** Name chunks of one sentence. */
export function nameChunks(text: string, sent: Sentence, lang: Lang, vocab: Vocab): Chunk[] {
  const toks = sent.tokens;
  // Shouting lines ("SIGN UP FOR OUR NEWSLETTER", "PST BY TMZ STAFF") carry no names.
  let capsRun = 0;
  let maxCapsRun = 0;
  for (const t of toks) {
    capsRun = shouting(t) && t.t.length > 1 ? capsRun + 1 : 0;
    maxCapsRun = Math.max(maxCapsRun, capsRun);
  }
  const loud = maxCapsRun >= 3;
  const out: Chunk[] = [];
  // Dateline: "CAIRO —", "MOSCOW (AP) —" at the start of a paragraph.
  const dl = sent.start === 0 ? /^(\p{Lu}[\p{Lu} .'-]{2,30}?)(?:,\s*[\p{L}. ]+)?\s*(?:\([\p{L} ]+\))?\s*[—–-]\s/u.exec(text) : null;
  let i = 0;
  if (dl && toks[0] && shouting(toks[0])) {
    let j = 0;
    while (j < toks.length && (toks[j] as Token).e <= (dl[1] as string).length) j++;
    if (j > 0) out.push({ sent, i0: 0, i1: j, text: text.slice(0, (toks[j - 1] as Token).e), s: 0, e: (toks[j - 1] as Token).e, initial: true, dateline: true });
    i = j;
  }
  const nameTok = (t: Token): boolean =>
    t.cap && /\p{L}/u.test(t.t) && !LOWER_TAIL.test(t.t) && !(loud && shouting(t)) && !(shouting(t) && t.t.length > 5);
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (!nameTok(t) || (t.t.length === 1 && !/\p{Lu}/u.test(t.t))) {
      i++;
      continue;
    }
    const initial = opensClause(text, t, sent, i);
    const demonym = vocab.adjective.has(t.lo) && DEMONYM.test(t.lo);
    // A capitalised function word, calendar word, title or demonym is not a name start.
    if (isCommonCap(t, lang) || demonym || (initial && vocab.lower.has(t.lo) && !isAcronym(t.t))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1] as Token;
      const cur = toks[j] as Token;
      const gap = text.slice(prev.e, cur.s);
      if (!onlySpace(gap) && !(isInitial(prev) && /^\.\s$/.test(gap))) break;
      if (nameTok(cur) && !lang.months.has(cur.lo) && !lang.weekdays.has(cur.lo) && !lang.roles.has(cur.lo) && !lang.titles.has(cur.lo.replace(/\.$/, ''))) {
        j++;
        continue;
      }
      // particles only inside a name: "Luiz Inácio Lula da Silva", "Bank of England", "World Travel and Tourism Council"
      let k = j;
      if (NAME_CONJ.has(cur.lo)) k++;
      else while (k < toks.length && k - j < 3 && NAME_PARTICLES.has((toks[k] as Token).lo)) k++;
      const nxt = toks[k];
      const prevK = toks[k - 1] as Token;
      if (k > j && nxt && nameTok(nxt) && onlySpace(text.slice(prevK.e, nxt.s)) && !lang.months.has(nxt.lo) && !lang.weekdays.has(nxt.lo)) {
        j = k + 1;
        continue;
      }
      if (NAME_PREFIX.test(cur.t)) {
        j++;
        continue;
      }
      break;
    }
    // An acronym glued to a name ("l'UMP Laure de la Raudière") is a separate name.
    const first = toks[i] as Token;
    const second = toks[i + 1];
    if (j - i > 1 && isAcronym(first.t) && second && !isAcronym(second.t)) {
      out.push(...splitConjunctions(text, sent, i, i + 1, initial));
      out.push(...splitConjunctions(text, sent, i + 1, j, false));
    } else out.push(...splitConjunctions(text, sent, i, j, initial));
    i = j;
  }
  return out;
}

/** "Cuba and Iran" is two names; "World Travel and Tourism Council" stays one (it has an organisation word). */
function splitConjunctions(text: string, sent: Sentence, i: number, j: number, initial: boolean): Chunk[] {
  const toks = sent.tokens;
  const make = (a: number, b: number, init: boolean): Chunk => ({
    sent,
    i0: a,
    i1: b,
    text: text.slice((toks[a] as Token).s, (toks[b - 1] as Token).e),
    s: (toks[a] as Token).s,
    e: (toks[b - 1] as Token).e,
    initial: init,
  });
  const range = toks.slice(i, j);
  const hasOrg = range.some((t) => ORG_WORDS.has(fold(t.lo)));
  if (hasOrg || !range.some((t) => NAME_CONJ.has(t.lo))) return [make(i, j, initial)];
  const out: Chunk[] = [];
  let a = i;
  for (let k = i; k <= j; k++) {
    if (k === j || NAME_CONJ.has((toks[k] as Token).lo)) {
      if (k > a) out.push(make(a, k, a === i && initial));
      a = k + 1;
    }
  }
  return out;
}

export function isAcronym(w: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u.test(w) && w.length <= 8;
}

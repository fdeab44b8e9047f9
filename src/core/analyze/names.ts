// Proper-name chunks in sentences: runs of capitalised words, minus sentence starts, titles and calendar words.
import type { Lang } from './lang/index';
import type { Sentence, Token } from './segment';
import { NAME_PARTICLES } from './lang/common';

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
}

/** Normalised key: no diacritics, lowercase, dashes as spaces. */
export function nameKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐’']/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True for a word that never starts a name in this language (function words, calendar, numbers, titles). */
export function isCommonCap(tok: Token, lang: Lang): boolean {
  const lo = tok.lo.replace(/\.$/, '');
  return lang.stop.has(lo) || lang.months.has(lo) || lang.weekdays.has(lo) || lang.numbers.has(lo) || lang.titles.has(lo) || lang.relDays.has(lo) || lang.pronouns.has(lo);
}

function opensClause(text: string, tok: Token, sent: Sentence, idx: number): boolean {
  if (idx === 0) return true;
  const prev = sent.tokens[idx - 1] as Token;
  const gap = text.slice(prev.e, tok.s);
  return /[:«“„"‘‚‹「(—–]|[.!?]\s/.test(gap);
}

const onlySpace = (s: string): boolean => /^[ \u00a0]$/.test(s);

/** Name chunks of one sentence. `lowerVocab` holds words seen in lowercase anywhere in the document. */
export function nameChunks(text: string, sent: Sentence, lang: Lang, lowerVocab: Set<string>): Chunk[] {
  const toks = sent.tokens;
  const out: Chunk[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (!t.cap || !/\p{L}/u.test(t.t) || (t.t.length === 1 && !/[A-Z]/.test(t.t))) {
      i++;
      continue;
    }
    const initial = opensClause(text, t, sent, i);
    // A capitalised function word or calendar word is not a name start.
    if (isCommonCap(t, lang) || lang.roles.has(t.lo) || (initial && lowerVocab.has(t.lo) && !isAcronym(t.t))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1] as Token;
      const cur = toks[j] as Token;
      if (!onlySpace(text.slice(prev.e, cur.s))) break;
      if (cur.cap && !lang.months.has(cur.lo) && !lang.weekdays.has(cur.lo)) {
        j++;
        continue;
      }
      // particles only inside a name: "Luiz Inácio Lula da Silva", "Bank of England"
      const nxt = toks[j + 1];
      if (NAME_PARTICLES.has(cur.lo) && nxt && nxt.cap && onlySpace(text.slice(cur.e, nxt.s))) {
        j += 2;
        continue;
      }
      if (/^(al|el|ul|bin|ibn|abu)-\p{Lu}/u.test(cur.t)) {
        j++;
        continue;
      }
      break;
    }
    const last = toks[j - 1] as Token;
    out.push({ sent, i0: i, i1: j, text: text.slice(t.s, last.e), s: t.s, e: last.e, initial });
    i = j;
  }
  // Lowercase-prefixed surnames ("al-Tulaibawi") directly after a capitalised word join that chunk.
  return out;
}

export function isAcronym(w: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u.test(w) && w.length <= 8;
}

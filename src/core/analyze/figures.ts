// Figures: numbers (digits or words) with what they count, money, percentages and measures.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { UNITS, CURRENCIES, COUNT_LINK } from './lang/common';
import { latinDigits } from './digits';

export interface FigureHit {
  text: string;
  value: number;
  unit?: string;
  counts?: string;
  kind: 'count' | 'money' | 'percent' | 'measure';
  sent: Sentence;
  s: number;
  e: number;
}

/** Digits with thousands groups (space, dot, comma, apostrophe) and an optional decimal part. */
const NUM = /(?<![\p{L}\d.,])(\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)/gu;

/** Languages whose decimal mark is the dot ("1,500.5"; Arabic's own marks ٫ ٬ are read as . and ,). */
const DOT_DECIMAL = new Set(['en', 'ar', 'fa', 'he', 'ur']);

/** Parses a digit string; lang decides whether "," or "." is the decimal mark when both readings exist. */
export function parseNumber(raw: string, lang: string): number {
  const decimalComma = !DOT_DECIMAL.has(lang);
  let s = raw.replace(/[ \u00a0\u202f']/g, '');
  const groups = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.exec(s);
  if (groups) {
    // "1,000" (en) or "1.000" (de): thousands groups unless the language uses that mark for decimals.
    const sep = groups[1];
    if ((sep === ',' && !decimalComma) || (sep === '.' && decimalComma)) return Number(s.replace(/[.,]/g, ''));
  }
  if (decimalComma) s = s.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  return Number(s);
}

/** A currency sign or code written just before a number: its ISO code and where it starts. */
function currencyBefore(text: string, at: number): { unit: string; s: number } | undefined {
  const m = /(US\$|R\$|[$€£¥]|\b(?:USD|EUR|GBP|CHF|BRL))\s?$/i.exec(text.slice(Math.max(0, at - 5), at));
  const unit = m ? CURRENCIES[(m[1] as string).toLowerCase()] : undefined;
  return m && unit ? { unit, s: at - m[0].length } : undefined;
}

/** Figures in one sentence. */
export function findFigures(raw: string, sent: Sentence, lang: Lang, isDateSpan: (s: number, e: number) => boolean): FigureHit[] {
  const out: FigureHit[] = [];
  const text = latinDigits(raw);
  const toks = sent.tokens;
  const starts: { s: number; e: number; value: number }[] = [];
  const part = text.slice(sent.start, sent.end);
  for (const m of part.matchAll(NUM)) {
    const s = sent.start + m.index;
    const e = s + m[0].length;
    if (/^[:h]\d/.test(text.slice(e, e + 2)) || /\d[:/]$/.test(text.slice(s - 2, s))) continue; // clock times, fractions
    starts.push({ s, e, value: parseNumber(m[1] as string, lang.code) });
  }
  for (const t of toks) {
    const v = lang.numbers.get(t.lo);
    if (v !== undefined && v >= 2) starts.push({ s: t.s, e: t.e, value: v });
  }
  starts.sort((a, b) => a.s - b.s);
  for (const st of starts) {
    if (isDateSpan(st.s, st.e) || !Number.isFinite(st.value)) continue;
    let value = st.value;
    let end = st.e;
    // Where the next word must start (after "millions de", "miliardi di"), separate from the figure's own end.
    let cursor = end;
    let k = toks.findIndex((t) => t.s >= st.e);
    const next = (): Token | undefined => (k >= 0 ? toks[k] : undefined);
    const gapOk = (t: Token | undefined): boolean => !!t && /^[\s\u00a0\u202f]*$/.test(text.slice(cursor, t.s));
    let t = next();
    if (gapOk(t) && t && lang.scales.has(t.lo)) {
      value *= lang.scales.get(t.lo) as number;
      end = cursor = t.e;
      k++;
      t = next();
      if (gapOk(t) && t && /^(de|d|of|di|von)$/.test(t.lo)) {
        cursor = t.e;
        k++;
        t = next();
      }
    }
    const after = text.slice(end, end + 12);
    const before = currencyBefore(text, st.s);
    // Right-to-left typing often puts the sign first: "بنسبة %40".
    if (lang.caseless && text[st.s - 1] === '%') {
      out.push({ text: text.slice(st.s - 1, end), value, unit: '%', kind: 'percent', sent, s: st.s - 1, e: end });
      continue;
    }
    if (/^\s?%/.test(after) || lang.percent.some((w) => after.toLowerCase().startsWith(' ' + w))) {
      const pe = /^\s?%/.test(after) ? text.indexOf('%', end) + 1 : end + 1 + (lang.percent.find((w) => after.toLowerCase().startsWith(' ' + w)) as string).length;
      out.push({ text: text.slice(st.s, pe), value, unit: '%', kind: 'percent', sent, s: st.s, e: pe });
      continue;
    }
    if (before) {
      out.push({ text: text.slice(before.s, end), value, unit: before.unit, kind: 'money', sent, s: before.s, e: end });
      continue;
    }
    const symAfter = /^\s?([€$£¥])/.exec(after);
    if (symAfter) {
      const pe = end + symAfter[0].length;
      out.push({ text: text.slice(st.s, pe), value, unit: CURRENCIES[symAfter[1] as string] as string, kind: 'money', sent, s: st.s, e: pe });
      continue;
    }
    if (!gapOk(t) || !t) continue;
    // A currency word with its country ("دينار كويتي", "جنيه إسترليني") before the word alone.
    const t2 = toks[k + 1];
    const pair = t2 && lang.currencies.size && /^\s+$/.test(text.slice(t.e, t2.s)) ? lang.currencies.get(`${t.lo} ${t2.lo}`) : undefined;
    const cur = pair ?? lang.currencies.get(t.lo) ?? CURRENCIES[t.lo];
    if (cur) {
      const ce = pair && t2 ? t2.e : t.e;
      out.push({ text: text.slice(st.s, ce), value, unit: cur, kind: 'money', sent, s: st.s, e: ce });
      continue;
    }
    const unit = UNITS[t.lo];
    if (unit && (t.lo.length > 2 || !t.cap)) {
      out.push({ text: text.slice(st.s, t.e), value, unit, kind: 'measure', sent, s: st.s, e: t.e });
      continue;
    }
    // What is counted: the next content word, plus "de la Défense"-style proper complements (whole numbers only:
    // "5.3" before a word is a version or a score, not a count).
    if (!Number.isInteger(value) || lang.stop.has(t.lo) || lang.months.has(t.lo) || !/^\p{L}/u.test(t.t) || t.t.length < 3) continue;
    if (value >= 1900 && value <= 2100 && Number.isInteger(value) && st.e - st.s === 4) continue; // a year
    let last = t;
    let j = k + 1;
    while (j < toks.length && j <= k + 4) {
      const link = toks[j] as Token;
      if (!COUNT_LINK.has(link.lo) || /[,;:.()]/.test(text.slice(last.e, link.s))) break;
      let n = j + 1;
      while (n < toks.length && COUNT_LINK.has((toks[n] as Token).lo)) n++;
      const head = toks[n];
      if (!head || !head.cap || /[,;:.()]/.test(text.slice(link.e, head.s))) break;
      last = head;
      j = n + 1;
    }
    out.push({ text: text.slice(st.s, last.e), value, counts: text.slice(t.s, last.e), kind: 'count', sent, s: st.s, e: last.e });
  }
  // The figure as written (Arabic-Indic digits stay).
  if (text !== raw) {
    for (const f of out) {
      f.text = raw.slice(f.s, f.e);
      if (f.counts) f.counts = raw.slice(f.e - f.counts.length, f.e);
    }
  }
  return out;
}

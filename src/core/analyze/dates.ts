// Dates in the text: absolute, partial ("mardi 25") and relative ("yesterday") ones resolved against the publish date.
import type { Lang } from './lang/registry';
import type { Sentence } from './segment';
import { latinDigits } from './digits';
import { PATTERNS } from './lang/common';

export interface DateHit {
  text: string;
  iso: string;
  sent: Sentence;
  s: number;
  e: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The publish date as a UTC calendar day (the local date written in the ISO string). */
export function anchorDay(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

/** Monday = 0 … Sunday = 6. */
const weekdayOf = (d: Date): number => (d.getUTCDay() + 6) % 7;

/** "lundi 17" → the date with that weekday and day of month nearest the anchor (within two months). */
function resolveWeekdayDay(anchor: Date, weekday: number, day: number): Date | null {
  let best: Date | null = null;
  for (let dm = -2; dm <= 1; dm++) {
    const cand = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + dm, day));
    if (cand.getUTCDate() !== day || weekdayOf(cand) !== weekday) continue;
    if (!best || Math.abs(cand.getTime() - anchor.getTime()) < Math.abs(best.getTime() - anchor.getTime())) best = cand;
  }
  return best;
}

/** A month and day without a year: the year that puts it nearest the anchor. */
function nearestYear(anchor: Date | null, month: number, day: number): string {
  if (!anchor) return `--${pad(month + 1)}-${pad(day)}`;
  let best = anchor.getUTCFullYear();
  let bestDist = Infinity;
  for (const y of [best - 1, best, best + 1]) {
    const dist = Math.abs(Date.UTC(y, month, day) - anchor.getTime());
    if (dist < bestDist) [best, bestDist] = [y, dist];
  }
  return `${best}-${pad(month + 1)}-${pad(day)}`;
}

interface Patterns {
  dmy: RegExp;
  mdy: RegExp;
  my: RegExp;
  wd: RegExp;
  rel: RegExp | null;
  /** Month names of two words ("كانون الثاني"), which no single token shows. */
  twoWord: RegExp | null;
}

const cache = new Map<string, Patterns>();

function patterns(lang: Lang): Patterns {
  let p = cache.get(lang.code);
  if (p) return p;
  const alt = (m: Map<string, number>): string => [...m.keys()].sort((a, b) => b.length - a.length).map(esc).join('|') || '(?!)';
  const M = alt(lang.months);
  const W = alt(lang.weekdays);
  const R = alt(lang.relDays);
  const B = '(?<![\\p{L}\\d])';
  const E = '(?![\\p{L}\\d])';
  // Arabic writes a month in two calendars' names: "15 مارس/آذار 2024", "15 مارس (آذار) 2024".
  const twin = /(?!\p{Script=Latin})\p{L}/u.test(M) ? `(?:\\s*[/(]\\s*(?:${M})\\s*\\)?)?` : '';
  const two = [...lang.months.keys()].filter((k) => k.includes(' '));
  p = {
    dmy: new RegExp(`${B}(?:(${W}),?\\s+)?(\\d{1,2})(?:er|º|°|\\.)?\\s+(?:de\\s+)?(${M})\\.?${twin}(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?${E}`, 'giu'),
    mdy: new RegExp(`${B}(?:(${W}),?\\s+)?(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`, 'giu'),
    my: new RegExp(`${B}(${M})\\s+(?:de\\s+|of\\s+|del\\s+)?(\\d{4})${E}`, 'giu'),
    wd: new RegExp(`${B}(${W})(?:\\s+(\\d{1,2}))?${E}`, 'giu'),
    rel: lang.relDays.size ? new RegExp(`${B}(${R})${E}`, 'giu') : null,
    twoWord: two.length ? new RegExp(two.map(esc).join('|')) : null,
  };
  cache.set(lang.code, p);
  return p;
}

/** All dates of one sentence. */
export function findDates(text: string, sent: Sentence, lang: Lang, anchor: Date | null): DateHit[] {
  if (!lang.months.size) return [];
  const P = patterns(lang);
  // Matched on a copy with ASCII digits; reported as written.
  const raw = text.slice(sent.start, sent.end);
  const part = latinDigits(raw);
  // Most sentences hold no date: skip them unless they have a digit or a calendar word.
  const hasMonth = sent.tokens.some((t) => lang.months.has(t.lo.endsWith('.') ? t.lo.slice(0, -1) : t.lo)) || !!P.twoWord?.test(part);
  const hasWeekday = sent.tokens.some((t) => lang.weekdays.has(t.lo));
  const hasRel = sent.tokens.some((t) => lang.relDays.has(t.lo));
  const hasYear = /(?:1[89]|20)\d\d/.test(part);
  if (!hasMonth && !hasWeekday && !hasRel && !hasYear) return [];
  const out: DateHit[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e);
  const add = (s: number, e: number, iso: string): void => {
    if (!free(s, e)) return;
    taken.push([s, e]);
    out.push({ text: raw.slice(s, e), iso, sent, s: sent.start + s, e: sent.start + e });
  };
  const month = (w: string): number => lang.months.get(w.toLowerCase()) ?? -1;
  // Day and month need a digit.
  const hasDigit = /\d/.test(part);
  if (hasMonth && hasDigit) for (const m of part.matchAll(P.dmy)) {
    const day = Number(m[2]);
    const mo = month(m[3] as string);
    if (day < 1 || day > 31 || mo < 0) continue;
    add(m.index, m.index + m[0].length, m[4] ? `${m[4]}-${pad(mo + 1)}-${pad(day)}` : nearestYear(anchor, mo, day));
  }
  if (lang.code === 'en' && hasMonth && hasDigit) {
    for (const m of part.matchAll(P.mdy)) {
      const day = Number(m[3]);
      const mo = month(m[2] as string);
      if (day < 1 || day > 31 || mo < 0 || (m[2] as string).toLowerCase() === 'may' && !m[4] && !/^May/.test(m[2] as string)) continue;
      add(m.index, m.index + m[0].length, m[4] ? `${m[4]}-${pad(mo + 1)}-${pad(day)}` : nearestYear(anchor, mo, day));
    }
  }
  if (hasMonth && hasYear) for (const m of part.matchAll(P.my)) {
    const mo = month(m[1] as string);
    if (mo >= 0) add(m.index, m.index + m[0].length, `${m[2]}-${pad(mo + 1)}`);
  }
  if (anchor && hasWeekday) {
    for (const m of part.matchAll(P.wd)) {
      const wd = lang.weekdays.get((m[1] as string).toLowerCase());
      if (wd === undefined) continue;
      if (m[2]) {
        const d = resolveWeekdayDay(anchor, wd, Number(m[2]));
        if (d) add(m.index, m.index + m[0].length, isoDay(d));
      } else {
        // A bare weekday in news is the last such day on or before publication, unless a word points it forward
        // ("next Monday", "lundi prochain", "am nächsten Montag"): then the first such day after it.
        const end = m.index + (m[1] as string).length;
        const before = /([\p{L}]+)\s+$/u.exec(part.slice(Math.max(0, m.index - 20), m.index));
        const after = /^\s+([\p{L}]+)/u.exec(part.slice(end, end + 20));
        if (before && lang.next.has((before[1] as string).toLowerCase())) add(m.index - before[0].length, end, isoDay(addDays(anchor, (wd - weekdayOf(anchor) + 7) % 7 || 7)));
        else if (after && lang.next.has((after[1] as string).toLowerCase())) add(m.index, end + after[0].length, isoDay(addDays(anchor, (wd - weekdayOf(anchor) + 7) % 7 || 7)));
        else add(m.index, end, isoDay(addDays(anchor, -((weekdayOf(anchor) - wd + 7) % 7))));
      }
    }
  }
  if (anchor && hasRel) {
    if (P.rel) {
      for (const m of part.matchAll(P.rel)) {
        const off = lang.relDays.get((m[1] as string).toLowerCase());
        if (off !== undefined) add(m.index, m.index + m[0].length, isoDay(addDays(anchor, off)));
      }
    }
  }
  if (hasYear) for (const m of part.matchAll(PATTERNS.year)) {
    const y = m[1] as string;
    const at = m.index + m[0].length - y.length;
    add(at, at + 4, y);
  }
  return out;
}

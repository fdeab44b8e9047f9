// People in scripts without capital letters (Arabic; Persian or Hebrew with their own lists). No capital marks a
// name there, so a name is taken only where the sentence expects one: after a speech verb or a source phrase
// ("وقال …", "بحسب …"), after a role and its complement ("وزير الزراعة أحمد حسن") or an honorific ("الدكتور …");
// then wherever that name, or its last word in such a place, recurs.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import type { Chunk } from './names';
import type { Entity, Entities } from './entities';
import { nameKey } from './names';
import { ROLE_LINK } from './lang/common';

/** A token range [i0, i1). */
export type Span = [number, number];

/** What follows a speech verb or a source phrase. */
export interface Subject {
  /** name: a person named; role: a role without a name; none: the verb's own subject (nothing named); other: a noun we cannot read. */
  kind: 'name' | 'role' | 'none' | 'other';
  name?: Span;
  role?: string;
}

/** Known names at a token: the index after the name, or -1. */
export type KnownAt = (j: number) => number;

/** The word and its forms without one glued prefix ("وقال" → "قال", "لوزير" → "وزير", "للوزير" → "الوزير"). */
export function forms(lo: string, lang: Lang): string[] {
  const out = [lo];
  const art = lang.article[0];
  for (const c of lang.clitics) {
    if (!lo.startsWith(c) || lo.length <= c.length + 1) continue;
    out.push(lo.slice(c.length));
    // A prefix spelled like the article's end merges with it: ل + ال → لل.
    if (art && c === art.slice(1) && lo.startsWith(c + c)) out.push(art + lo.slice(2 * c.length));
  }
  return out;
}

const inSet = (set: Set<string>, t: Token, lang: Lang): string | undefined => forms(t.lo, lang).find((f) => set.has(f));
export const roleForm = (t: Token, lang: Lang): string | undefined => inSet(lang.roles, t, lang);
export const isSpeechWord = (t: Token, lang: Lang): boolean => !!inSet(lang.speech, t, lang);
const isTitleWord = (t: Token, lang: Lang): boolean => !!inSet(lang.titles, t, lang);
/** Carries the definite article ("الزراعة", "بالقاهرة"). */
const definite = (lo: string, lang: Lang): boolean => lang.article.some((a) => lo.startsWith(a) && lo.length > a.length + 1);
/** Carries the bare article: a family name may ("السيسي"); "بالقاهرة" is a place phrase. */
const bareDefinite = (lo: string, lang: Lang): boolean => !!lang.article[0] && lo.startsWith(lang.article[0]) && lo.length > lang.article[0].length + 1;
const spaceBetween = (text: string, a: Token, b: Token): boolean => /^[ \u00a0]+$/.test(text.slice(a.e, b.s));

/** A word that can be part of a name: letters only, and none of the language's listed words. */
function nameWord(t: Token, lang: Lang): boolean {
  const lo = t.lo;
  if (lo.length < 2 || !/^\p{L}+$/u.test(lo)) return false;
  if (lang.stop.has(lo) || lang.months.has(lo) || lang.weekdays.has(lo) || lang.relDays.has(lo) || lang.numbers.has(lo) || lang.scales.has(lo)) return false;
  if (lang.pronouns.has(lo) || lang.placePreps.has(lo) || lang.source.includes(lo)) return false;
  return !isSpeechWord(t, lang) && !roleForm(t, lang) && !isTitleWord(t, lang);
}

/** A later word that is a prefix plus a name, role or function word ("ومحمد", "وقال") starts something new. */
function gluedStart(t: Token, lang: Lang): boolean {
  return forms(t.lo, lang).slice(1).some((f) => lang.given.has(f) || lang.stop.has(f) || lang.roles.has(f) || lang.speech.has(f));
}

/** Where a name starting at token j ends: up to five words, an article word only after a particle or as the last. */
function nameEnd(text: string, toks: Token[], j: number, limit: number, lang: Lang): number {
  let joined = lang.particles.has(toks[j]?.lo ?? '');
  let k = j + 1;
  while (k < limit && k - j < 5) {
    const t = toks[k] as Token;
    if (!spaceBetween(text, toks[k - 1] as Token, t) || !nameWord(t, lang)) break;
    if (definite(t.lo, lang)) {
      if (!bareDefinite(t.lo, lang)) break;
      k++;
      // "عبد الفتاح السيسي": after a particle the article word continues the name; else it is the family name.
      if (!joined) break;
      joined = false;
      continue;
    }
    if (gluedStart(t, lang) && !lang.given.has(t.lo)) break;
    joined = lang.particles.has(t.lo);
    k++;
  }
  // A particle never ends a name.
  while (k > j + 1 && lang.particles.has((toks[k - 1] as Token).lo)) k--;
  return k;
}

/** A name starting at token j whose first word is evidence on its own: a given name, a particle or a known name. */
function startsName(toks: Token[], j: number, lang: Lang, known: KnownAt): boolean {
  const t = toks[j];
  return !!t && nameWord(t, lang) && !definite(t.lo, lang) && (lang.given.has(t.lo) || lang.particles.has(t.lo) || known(j) >= 0);
}

/** Ends a name for sure: nothing, punctuation, a function word or a speech verb. */
function closes(text: string, toks: Token[], k: number, lang: Lang): boolean {
  const t = toks[k];
  const prev = toks[k - 1] as Token;
  return !t || !spaceBetween(text, prev, t) || lang.stop.has(t.lo) || isSpeechWord(t, lang);
}

/**
 * A role at token r, its complement and the name after it: "وزير الزراعة أحمد حسن", "المتحدث باسم وزارة الخارجية
 * أحمد أبو زيد", "الرئيس عبد الفتاح السيسي". The name starts at the first word without the article after an article
 * word (or after a definite role); `slot`: the phrase is a verb's subject, so a name is expected there.
 */
export function roleAndName(text: string, toks: Token[], r: number, limit: number, lang: Lang, known: KnownAt, slot: boolean): Subject {
  const head = toks[r] as Token;
  let prevDef = definite(roleForm(head, lang) ?? head.lo, lang);
  let end = r + 1;
  for (let j = r + 1; j < limit && j <= r + 7; j++) {
    const t = toks[j] as Token;
    if (!spaceBetween(text, toks[j - 1] as Token, t)) break;
    // "المحلل الاقتصادي الدكتور سامي يوسف", "ولي العهد السعودي الأمير …": an honorific between role and name belongs to neither.
    if (isTitleWord(t, lang)) {
      prevDef = true;
      continue;
    }
    // "النائب في البرلمان اللبناني …", "الباحث في مركز الخليج …": where the role is held.
    const placeLink = lang.placePreps.has(t.lo) && !!toks[j + 1] && nameWord(toks[j + 1] as Token, lang);
    if (ROLE_LINK.has(t.lo) || roleForm(t, lang) || placeLink) {
      prevDef = definite(t.lo, lang);
      end = j + 1;
      continue;
    }
    const kn = known(j);
    if (kn >= 0 || (nameWord(t, lang) && !definite(t.lo, lang) && (prevDef || lang.given.has(t.lo) || lang.particles.has(t.lo)))) {
      const k = kn >= 0 ? kn : nameEnd(text, toks, j, limit, lang);
      // Outside a verb's subject, a word that may be a prefix and a noun ("بجامعة") needs more than a closing mark.
      if (kn >= 0 || slot || startsName(toks, j, lang, known) || (closes(text, toks, k, lang) && forms(t.lo, lang).length === 1)) return { kind: 'name', name: [j, k], role: roleText(text, toks, r, end, lang) };
      break;
    }
    if (!nameWord(t, lang)) break;
    prevDef = definite(t.lo, lang);
    end = j + 1;
  }
  return { kind: 'role', role: roleText(text, toks, r, end, lang) };
}

/** The role as read: its head without a glued preposition ("للوزير" → "الوزير"), then its complement as written. */
function roleText(text: string, toks: Token[], r: number, end: number, lang: Lang): string {
  const head = toks[r] as Token;
  const last = toks[end - 1] as Token;
  const form = roleForm(head, lang) ?? head.lo;
  return (head.lo === form ? head.t : form) + text.slice(head.e, last.e);
}

/** What follows a speech verb or a source phrase at token i (tokens before `limit` only). */
export function subjectAt(text: string, toks: Token[], i: number, limit: number, lang: Lang, known: KnownAt): Subject {
  const t = toks[i];
  if (!t || i >= limit || (i > 0 && !spaceBetween(text, toks[i - 1] as Token, t))) return { kind: 'none' };
  let j = i;
  while (j < limit && isTitleWord(toks[j] as Token, lang) && !roleForm(toks[j] as Token, lang)) j++;
  const at = toks[j];
  if (!at || j >= limit) return { kind: j > i ? 'other' : 'none' };
  if (roleForm(at, lang)) return roleAndName(text, toks, j, limit, lang, known, true);
  if ((j > i && nameWord(at, lang)) || startsName(toks, j, lang, known)) {
    const kn = known(j);
    return { kind: 'name', name: [j, kn >= 0 ? kn : nameEnd(text, toks, j, limit, lang)] };
  }
  // "وأضاف أن …", "وقال في بيان": the verb carries its subject.
  if (lang.stop.has(at.lo) || lang.placePreps.has(at.lo) || lang.relDays.has(at.lo) || lang.weekdays.has(at.lo)) return { kind: 'none' };
  return { kind: 'other' };
}

const sourceCache = new WeakMap<Lang, { first: Set<string>; words: string[][] }>();

/** Index just after a source phrase starting at token i ("بحسب", "وبحسب", "نقلا عن"), or -1. */
export function afterSource(toks: Token[], i: number, lang: Lang): number {
  const first = toks[i];
  if (!first) return -1;
  let src = sourceCache.get(lang);
  if (!src) {
    const words = lang.source.map((x) => x.split(' '));
    src = { first: new Set(words.map((w) => w[0] as string)), words };
    sourceCache.set(lang, src);
  }
  const head = forms(first.lo, lang).find((f) => src.first.has(f));
  if (head === undefined) return -1;
  for (const words of src.words) {
    if (words[0] === head && words.every((w, n) => n === 0 || toks[i + n]?.lo === w)) return i + words.length;
  }
  return -1;
}

interface Found {
  sent: Sentence;
  span: Span;
  role?: string;
}

/** Names in the places a sentence expects one. */
function slotNames(paragraphs: string[], sentences: Sentence[], lang: Lang, known: (s: Sentence) => KnownAt): Found[] {
  const out: Found[] = [];
  for (const s of sentences) {
    const text = paragraphs[s.paragraph] as string;
    const toks = s.tokens;
    const kn = known(s);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      let sub: Subject | null = null;
      const src = afterSource(toks, i, lang);
      if (isSpeechWord(t, lang)) sub = subjectAt(text, toks, i + 1, toks.length, lang, kn);
      else if (src >= 0) sub = subjectAt(text, toks, src, toks.length, lang, kn);
      else if (roleForm(t, lang)) sub = roleAndName(text, toks, i, toks.length, lang, kn, false);
      else if (isTitleWord(t, lang) && toks[i + 1] && nameWord(toks[i + 1] as Token, lang) && spaceBetween(text, t, toks[i + 1] as Token)) {
        sub = { kind: 'name', name: [i + 1, kn(i + 1) >= 0 ? kn(i + 1) : nameEnd(text, toks, i + 1, toks.length, lang)] };
      }
      if (sub?.kind !== 'name' || !sub.name) continue;
      const after = sub.role ? undefined : roleAfter(text, toks, sub.name[1], lang);
      const role = sub.role ?? after?.role;
      out.push({ sent: s, span: sub.name, ...(role ? { role } : {}) });
      i = (after?.end ?? sub.name[1]) - 1;
    }
  }
  return out;
}

/** "أحمد حسن، وزير الزراعة، …": a role in apposition after the name, up to the next punctuation. */
function roleAfter(text: string, toks: Token[], k: number, lang: Lang): { role: string; end: number } | undefined {
  const r = toks[k];
  if (!r || k === 0 || !/^\s*[،,]\s*$/.test(text.slice((toks[k - 1] as Token).e, r.s)) || !roleForm(r, lang)) return undefined;
  let end = k + 1;
  while (end < toks.length && end - k < 6 && spaceBetween(text, toks[end - 1] as Token, toks[end] as Token) && !lang.stop.has((toks[end] as Token).lo) && !isSpeechWord(toks[end] as Token, lang)) end++;
  return { role: roleText(text, toks, k, end, lang), end };
}

const keyOf = (toks: Token[], [a, b]: Span): string => nameKey(toks.slice(a, b).map((t) => t.t).join(' '));

/** Known names as token-key sequences: full names anywhere, last words (family names) where a name is expected. */
function knownMatcher(full: string[][], short: Set<string>): (s: Sentence, slot: boolean) => KnownAt {
  const keys = new WeakMap<Token, string>();
  const key = (t: Token | undefined): string | undefined => {
    if (!t) return undefined;
    let k = keys.get(t);
    if (k === undefined) keys.set(t, (k = nameKey(t.t)));
    return k;
  };
  return (s, slot) => (j) => {
    const toks = s.tokens;
    for (const words of full) if (words.every((w, n) => key(toks[j + n]) === w)) return j + words.length;
    return slot && short.has(key(toks[j]) ?? '') ? j + 1 : -1;
  };
}

const newEntity = (key: string, name: string): Entity => ({
  key,
  name,
  kind: 'person',
  aliases: new Set(),
  mentions: [],
  cue: { person: 1, place: 0, org: 0, the: 0, common: 0, speaks: 0, event: 0, work: 0, law: 0, first: 0, verb: 0 },
});

/** People of a caseless-script article, with their name chunks per sentence (what nameChunks gives other scripts). */
export function caselessPeople(paragraphs: string[], sentences: Sentence[], lang: Lang, chunksBySentence: Map<Sentence, Chunk[]>): Entities {
  const none: KnownAt = () => -1;
  const first = slotNames(paragraphs, sentences, lang, () => none);
  // Full names (two words or more, or a single word met twice) and the family names they give.
  const count = new Map<string, number>();
  for (const f of first) count.set(keyOf(f.sent.tokens, f.span), (count.get(keyOf(f.sent.tokens, f.span)) ?? 0) + 1);
  const fullKeys = [...count].filter(([k, n]) => k.includes(' ') || n >= 2).map(([k]) => k);
  const full = fullKeys.map((k) => k.split(' ')).sort((a, b) => b.length - a.length);
  const surname = new Map<string, string>();
  for (const words of full) {
    const last = words[words.length - 1] as string;
    if (words.length > 1 && last.length >= 3 && !lang.particles.has(last)) surname.set(last, words.join(' '));
  }
  const match = knownMatcher(full, new Set(surname.keys()));
  const found = slotNames(paragraphs, sentences, lang, (s) => match(s, true));
  // Full names outside the expected places ("التقى أحمد حسن …") are mentions too.
  const taken = new Set<string>();
  for (const f of found) for (let i = f.span[0]; i < f.span[1]; i++) taken.add(`${f.sent.index}:${i}`);
  for (const s of sentences) {
    const kn = match(s, false);
    for (let i = 0; i < s.tokens.length; i++) {
      const e = kn(i);
      if (e < i + 2) continue; // one word alone outside those places may be an ordinary word ("حسن": good)
      if (!taken.has(`${s.index}:${i}`) && !taken.has(`${s.index}:${e - 1}`)) found.push({ sent: s, span: [i, e] });
      i = e - 1;
    }
  }
  found.sort((a, b) => a.sent.index - b.sent.index || a.span[0] - b.span[0]);
  const byKey = new Map<string, Entity>();
  const byChunk = new Map<Chunk, Entity>();
  for (const f of found) {
    const toks = f.sent.tokens;
    let key = keyOf(toks, f.span);
    key = surname.get(key) ?? key;
    const a = toks[f.span[0]] as Token;
    const b = toks[f.span[1] - 1] as Token;
    const text = paragraphs[f.sent.paragraph] as string;
    const chunk: Chunk = { sent: f.sent, i0: f.span[0], i1: f.span[1], text: text.slice(a.s, b.e), s: a.s, e: b.e, initial: false };
    let e = byKey.get(key);
    if (!e) {
      e = newEntity(key, chunk.text);
      byKey.set(key, e);
    } else if (nameKey(e.name) !== key && nameKey(chunk.text) === key) {
      // Met by family name first: the full name becomes the name.
      e.aliases.add(e.name);
      e.name = chunk.text;
    } else if (nameKey(chunk.text) !== nameKey(e.name)) e.aliases.add(chunk.text);
    if (f.role && !e.role) e.role = f.role;
    e.mentions.push(chunk);
    byChunk.set(chunk, e);
    const list = chunksBySentence.get(f.sent) ?? [];
    list.push(chunk);
    chunksBySentence.set(f.sent, list);
  }
  return { list: [...byKey.values()], byChunk };
}

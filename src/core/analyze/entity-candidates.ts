// Entity candidates: the document's name chunks grouped by name key, each with its mentions and the role the text
// gives it ("Prime Minister", "porte-parole du gouvernement"); entity-features.ts describes them, entities.ts decides.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { type Chunk, nameKey, cleanName } from './names';
import { NAME_ARTICLES, ROLE_END, ROLE_LINK } from './lang/common';

export type Kind = 'person' | 'place' | 'org' | 'other';

export interface Entity {
  key: string;
  name: string;
  kind: Kind;
  role?: string;
  aliases: Set<string>;
  mentions: Chunk[];
  /** Evidence counters: person, place and organisation cues; "the" = after a definite article; common = used as a common noun; veto = excluded by a rule. */
  cue: { person: number; place: number; org: number; the: number; common: number; speaks: number; event: number; work: number; law: number; first: number; verb: number; one?: number; veto?: number };
}

export interface Entities {
  list: Entity[];
  /** Chunk → entity. */
  byChunk: Map<Chunk, Entity>;
}

/** Role phrase starting at token k (a role noun), extended over links and content words. */
export function rolePhrase(text: string, sent: Sentence, k: number, lang: Lang, stopAt: number): string | undefined {
  const toks = sent.tokens;
  let j = k + 1;
  let lastContent = k;
  while (j < stopAt) {
    const prev = toks[j - 1] as Token;
    const cur = toks[j] as Token;
    if (/[,;:.!?()«»"“”]/.test(text.slice(prev.e, cur.s))) break;
    if (lang.speech.has(cur.lo) || ROLE_END.has(cur.lo)) break;
    if (ROLE_LINK.has(cur.lo) || (lang.code === 'en' && (cur.lo === 'a' || cur.lo === 'an'))) {
      j++;
      continue;
    }
    if (lang.stop.has(cur.lo)) break;
    lastContent = j;
    j++;
  }
  const a = toks[k] as Token;
  const b = toks[lastContent] as Token;
  return text.slice(a.s, b.e);
}

/** German writes its nouns with a capital: a lowercase word between a name and a role, a link aside, is a verb or an
 * adjective of another phrase ("Anwältin rechnet Ende", "Rolle, wie Forscher"). */
const verbBetween = (t: Token, lang: Lang): boolean => lang.code === 'de' && !t.cap && !ROLE_LINK.has(t.lo);

/** The role noun index in the few tokens before chunk start (skipping over the role's own words). */
export function roleBefore(text: string, c: Chunk, lang: Lang): string | undefined {
  const toks = c.sent.tokens;
  // "the BBC's correspondent in Nairobi": a name after a place preposition is where the role is held, not its holder.
  const before = toks[c.i0 - 1];
  if (before && !before.cap && (lang.placePreps.has(before.lo) || /^(in|at|à|en|em|im)$/.test(before.lo))) return undefined;
  for (let k = c.i0 - 1; k >= Math.max(0, c.i0 - 9); k--) {
    const t = toks[k] as Token;
    const next = toks[k + 1] as Token;
    const gap = text.slice(t.e, next.s);
    if (k < c.i0 - 1 && /[.;:!?()«»"“”]/.test(gap)) return undefined;
    if (k < c.i0 - 1 && gap.includes(',')) return undefined;
    if (lang.speech.has(t.lo) || ROLE_END.has(t.lo) || verbBetween(t, lang)) return undefined; // "writer has expressed … on his Twitter page"
    const isRole = lang.roles.has(t.lo) || lang.roles.has(t.lo.replace(/^ex-/, ''));
    // Another name in between ("Shamir opposed the Madrid talks") belongs to another noun phrase; a capital after a link
    // stays inside the role ("ministre de la Défense").
    if (!isRole && t.cap && !isTitleTok(t, lang) && !(k > 0 && ROLE_LINK.has((toks[k - 1] as Token).lo))) return undefined;
    if (isRole) {
      // Pre-nominal modifiers belong to the role: "Tunisian Prime Minister", "White House press secretary".
      let a = k;
      while (a > 0 && k - a < 4) {
        const p = toks[a - 1] as Token;
        if (/[,;:.!?()«»"“”—–]/.test(text.slice(p.e, (toks[a] as Token).s)) || lang.stop.has(p.lo) || lang.speech.has(p.lo) || /^\d/.test(p.t)) break;
        a--;
      }
      const role = rolePhrase(text, c.sent, k, lang, c.i0);
      if (!role) return undefined;
      const full = a < k ? text.slice((toks[a] as Token).s, (toks[k] as Token).s) + role : role;
      return full.replace(/[\s,]+$/, '');
    }
  }
  return undefined;
}

/** "Name, role…" or "Name role…" directly after the chunk. */
export function roleAfter(text: string, c: Chunk, lang: Lang): string | undefined {
  const toks = c.sent.tokens;
  const first = toks[c.i1];
  if (!first) return undefined;
  const gap = text.slice(c.e, first.s);
  // Without a comma, "Name role" is an apposition in Romance languages but a compound in English ("White House press secretary").
  // A single word before a role without a comma is part of the role ("la Première ministre").
  if (!/^\s*,\s*$/.test(gap) && !(lang.code !== 'en' && /^\s+$/.test(gap) && c.i1 - c.i0 >= 2)) return undefined;
  for (let k = c.i1; k < Math.min(toks.length, c.i1 + 4); k++) {
    const t = toks[k] as Token;
    // "Harare, Zimbabwe's capital": a capitalised word after a one-word name is another name, not a role.
    if (t.cap && k === c.i1 && c.i1 - c.i0 < 2) return undefined;
    if (lang.speech.has(t.lo) || ROLE_END.has(t.lo) || verbBetween(t, lang)) return undefined;
    if (lang.roles.has(t.lo)) {
      const role = rolePhrase(text, c.sent, c.i1, lang, toks.length);
      if (!role) return undefined;
      return role.replace(/^(\S+)\s+/, (w, a: string) => (NAME_ARTICLES.has(a.toLowerCase()) ? '' : w));
    }
  }
  return undefined;
}

const isTitleTok = (t: Token, lang: Lang): boolean => lang.titles.has(t.lo.replace(/\.$/, ''));

export function hasTitle(c: Chunk, lang: Lang): boolean {
  const prev = c.sent.tokens[c.i0 - 1];
  return !!prev && lang.titles.has(prev.lo.replace(/\.$/, '')) && prev.cap;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Groups chunks by name key into entities (kind still "other"), with the first role the text gives each. */
export function collectCandidates(text: (p: number) => string, chunks: Chunk[], lang: Lang): Entities {
  const map = new Map<string, Entity>();
  const byChunk = new Map<Chunk, Entity>();
  for (const c of chunks) {
    const key = nameKey(c.text);
    let e = map.get(key);
    const shown = c.dateline || c.shout ? titleCase(c.text) : cleanName(c.text);
    if (!e) {
      e = { key, name: shown, kind: 'other', aliases: new Set(), mentions: [], cue: { person: 0, place: 0, org: 0, the: 0, common: 0, speaks: 0, event: 0, work: 0, law: 0, first: 0, verb: 0 } };
      map.set(key, e);
    } else if (e.name === e.name.toUpperCase() && shown !== shown.toUpperCase()) e.name = shown;
    e.mentions.push(c);
    byChunk.set(c, e);
    if (!e.role) {
      const t = text(c.sent.paragraph);
      const role = roleBefore(t, c, lang) ?? roleAfter(t, c, lang);
      if (role) e.role = role;
    }
  }
  return { list: [...map.values()], byChunk };
}

export function mergeInto(target: Entity, e: Entity): void {
  target.aliases.add(e.name);
  target.mentions.push(...e.mentions);
  e.kind = 'other';
  e.mentions = [];
  (e as Entity & { mergedInto?: Entity }).mergedInto = target;
}

/** The entity a chunk finally belongs to (following short-form merges). */
export function resolveEntity(e: Entity | undefined): Entity | undefined {
  let cur = e;
  while (cur && (cur as Entity & { mergedInto?: Entity }).mergedInto) cur = (cur as Entity & { mergedInto?: Entity }).mergedInto;
  return cur;
}

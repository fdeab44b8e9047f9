// People, places and organisations: classifies name chunks by cues (titles, roles, prepositions, keywords).
import type { Lang } from './lang/index';
import type { Sentence, Token } from './segment';
import { type Chunk, nameKey, isAcronym } from './names';
import { ORG_WORDS, PLACE_WORDS, PLACE_HEADS, PLACE_ACRONYMS, ROLE_END, ROLE_LINK, ARTICLES } from './lang/common';

export type Kind = 'person' | 'place' | 'org' | 'other';

export interface Entity {
  key: string;
  name: string;
  kind: Kind;
  role?: string;
  aliases: Set<string>;
  mentions: Chunk[];
  /** Evidence counters. */
  cue: { person: number; place: number; org: number };
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

/** The role noun index in the few tokens before chunk start (skipping over the role's own words). */
function roleBefore(text: string, c: Chunk, lang: Lang): string | undefined {
  const toks = c.sent.tokens;
  for (let k = c.i0 - 1; k >= Math.max(0, c.i0 - 9); k--) {
    const t = toks[k] as Token;
    const next = toks[k + 1] as Token;
    const gap = text.slice(t.e, next.s);
    if (k < c.i0 - 1 && /[.;:!?()«»"“”]/.test(gap)) return undefined;
    if (k < c.i0 - 1 && gap.includes(',')) return undefined;
    if (lang.speech.has(t.lo)) return undefined;
    if (lang.roles.has(t.lo) || lang.roles.has(t.lo.replace(/^ex-/, ''))) {
      const role = rolePhrase(text, c.sent, k, lang, c.i0);
      return role ? role.replace(/[\s,]+$/, '') : undefined;
    }
  }
  return undefined;
}

/** "Name, role…" or "Name role…" directly after the chunk. */
function roleAfter(text: string, c: Chunk, lang: Lang): string | undefined {
  const toks = c.sent.tokens;
  const first = toks[c.i1];
  if (!first) return undefined;
  const gap = text.slice(c.e, first.s);
  if (!/^\s*,?\s*$/.test(gap)) return undefined;
  for (let k = c.i1; k < Math.min(toks.length, c.i1 + 4); k++) {
    const t = toks[k] as Token;
    if (t.cap) return undefined; // another name, not a role
    if (lang.speech.has(t.lo) || ROLE_END.has(t.lo)) return undefined;
    if (lang.roles.has(t.lo)) {
      const role = rolePhrase(text, c.sent, c.i1, lang, toks.length);
      if (!role) return undefined;
      return role.replace(/^(the|a|an|le|la|l'|un|une|der|die|ein|eine|el|la|un|una|o|a|um|uma|il|lo)\s+/i, '');
    }
  }
  return undefined;
}

function hasTitle(c: Chunk, lang: Lang): boolean {
  const prev = c.sent.tokens[c.i0 - 1];
  return !!prev && lang.titles.has(prev.lo.replace(/\.$/, '')) && prev.cap;
}

function placeCue(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  let i = c.i0 - 1;
  let prev = toks[i];
  if (!prev) return false;
  if (!onlySpaceBetween(text, prev, c.s)) return false;
  if (ARTICLES.has(prev.lo) && toks[i - 1] && lang.placePreps.has((toks[i - 1] as Token).lo) && !(toks[i - 1] as Token).cap) {
    i--;
    prev = toks[i] as Token;
  }
  if (!prev.cap && lang.placePreps.has(prev.lo)) return true;
  const prev2 = toks[c.i0 - 2];
  return !!prev2 && PLACE_HEADS.has(prev2.lo) && /^(of|de|di|von|do|da|del|d)$/.test(prev.lo);
}

const onlySpaceBetween = (text: string, a: Token, s: number): boolean => /^\s*$/.test(text.slice(a.e, s));

/** Classifies all chunks of the document into entities. */
export function buildEntities(text: (p: number) => string, chunks: Chunk[], lang: Lang): Entities {
  const map = new Map<string, Entity>();
  const byChunk = new Map<Chunk, Entity>();
  const roles = new Map<string, string>();
  for (const c of chunks) {
    const key = nameKey(c.text);
    let e = map.get(key);
    if (!e) {
      e = { key, name: c.text, kind: 'other', aliases: new Set(), mentions: [], cue: { person: 0, place: 0, org: 0 } };
      map.set(key, e);
    }
    e.mentions.push(c);
    byChunk.set(c, e);
    const t = text(c.sent.paragraph);
    if (hasTitle(c, lang)) e.cue.person += 2;
    const role = roleBefore(t, c, lang) ?? roleAfter(t, c, lang);
    if (role) {
      e.cue.person += 2;
      if (!roles.has(key)) roles.set(key, role);
    }
    if (placeCue(t, c, lang)) e.cue.place++;
    const words = key.split(' ');
    if (words.some((w) => ORG_WORDS.has(w))) e.cue.org += 3;
    if (isAcronym(c.text)) {
      if (PLACE_ACRONYMS.has(key.replace(/\./g, ''))) e.cue.place += 3;
      else e.cue.org += 2;
    }
    if (words.some((w) => PLACE_WORDS.has(w)) && words.length > 1) e.cue.place += 2;
  }
  for (const e of map.values()) {
    const role = roles.get(e.key);
    if (role) e.role = role;
  }
  const list = [...map.values()];
  classify(list);
  return { list, byChunk };
}

function classify(list: Entity[]): void {
  // Multi-word names first, so single words can join them as short forms ("Hollande" → "François Hollande").
  const multi = list.filter((e) => e.key.includes(' ') && !isAcronym(e.name));
  for (const e of multi) {
    const { person, place, org } = e.cue;
    const n = e.key.split(' ').length;
    if (org >= 3 && org >= person) e.kind = 'org';
    else if (person > 0) e.kind = 'person';
    else if (place > 0 && place >= e.mentions.length / 2) e.kind = 'place';
    else if (n <= 4) e.kind = 'person';
  }
  for (const e of list) {
    if (e.kind !== 'other') continue;
    const { person, place, org } = e.cue;
    const longer = multi.find((m) => m.kind === 'person' && m.key !== e.key && (m.key.endsWith(' ' + e.key) || m.key.startsWith(e.key + ' ')));
    if (longer && org === 0) {
      mergeInto(longer, e);
      continue;
    }
    const realMentions = e.mentions.filter((c) => !c.initial).length;
    // A lone capitalised word seen only at sentence starts is an ordinary word ("Enfin", "Désormais").
    if (realMentions === 0 && org < 2) continue;
    if (org > 0 && org >= place) e.kind = 'org';
    else if (place > 0) e.kind = 'place';
    else if (person > 0) e.kind = 'person';
    else if (realMentions >= 2 || (realMentions >= 1 && e.mentions.length >= 2)) e.kind = 'org';
  }
}

function mergeInto(target: Entity, e: Entity): void {
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

// People, places and organisations: classifies name chunks by cues (titles, roles, prepositions, keywords).
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { type Chunk, type Vocab, DEMONYM, nameKey, isAcronym, cleanName, placeDemonym } from './names';
import { EVENT_WORDS, NAME_PARTICLES, ORG_WORDS, NON_ORG_ACRONYMS, PLACE_WORDS, PLACE_HEADS, PLACE_ACRONYMS, PLACE_STARTERS, PRODUCT_TAILS, LAW_WORDS, ROLE_END, ROLE_LINK, ARTICLES, fold } from './lang/common';
import { isKnownPlace } from './lang/places';
import { isKnownOrg } from './lang/orgs';
import { isFirstName } from './lang/firstnames';
import { GENERIC_ORG_NOUNS } from './lang/common';

export type Kind = 'person' | 'place' | 'org' | 'other';

export interface Entity {
  key: string;
  name: string;
  kind: Kind;
  role?: string;
  aliases: Set<string>;
  mentions: Chunk[];
  /** Evidence counters: person, place and organisation cues; "the" = after a definite article; common = used as a common noun. */
  cue: { person: number; place: number; org: number; the: number; common: number; prep: number; speaks: number; event: number; work: number; law: number; first: number; verb: number; one?: number };
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
  // "the BBC's correspondent in Nairobi": a name after a place preposition is where the role is held, not its holder.
  const before = toks[c.i0 - 1];
  if (before && !before.cap && (lang.placePreps.has(before.lo) || /^(in|at|à|en|em|im)$/.test(before.lo))) return undefined;
  for (let k = c.i0 - 1; k >= Math.max(0, c.i0 - 9); k--) {
    const t = toks[k] as Token;
    const next = toks[k + 1] as Token;
    const gap = text.slice(t.e, next.s);
    if (k < c.i0 - 1 && /[.;:!?()«»"“”]/.test(gap)) return undefined;
    if (k < c.i0 - 1 && gap.includes(',')) return undefined;
    if (lang.speech.has(t.lo) || ROLE_END.has(t.lo)) return undefined; // "writer has expressed … on his Twitter page"
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
function roleAfter(text: string, c: Chunk, lang: Lang): string | undefined {
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
    if (lang.speech.has(t.lo) || ROLE_END.has(t.lo)) return undefined;
    if (lang.roles.has(t.lo)) {
      const role = rolePhrase(text, c.sent, c.i1, lang, toks.length);
      if (!role) return undefined;
      return role.replace(/^(the|a|an|le|la|l'|un|une|der|die|ein|eine|el|la|un|una|o|a|um|uma|il|lo)\s+/i, '');
    }
  }
  return undefined;
}

const isTitleTok = (t: Token, lang: Lang): boolean => lang.titles.has(t.lo.replace(/\.$/, ''));

function hasTitle(c: Chunk, lang: Lang): boolean {
  const prev = c.sent.tokens[c.i0 - 1];
  return !!prev && lang.titles.has(prev.lo.replace(/\.$/, '')) && prev.cap;
}

/** 0: no place cue; 1: a place preposition before ("in Harare"); 2: a place noun before ("la ville de Mossoul"). */
function placeCue(text: string, c: Chunk, lang: Lang): 0 | 1 | 2 {
  const toks = c.sent.tokens;
  let i = c.i0 - 1;
  let prev = toks[i];
  if (!prev) return 0;
  if (!onlySpaceBetween(text, prev, c.s)) return 0;
  if (ARTICLES.has(prev.lo) && toks[i - 1] && lang.placePreps.has((toks[i - 1] as Token).lo) && !(toks[i - 1] as Token).cap) {
    i--;
    prev = toks[i] as Token;
  }
  if ((c.sent.tokens[c.i1 - 1] as Token).poss) return 0; // "in Trump's mouth"
  if ((!prev.cap || i === 0) && lang.placePreps.has(prev.lo)) return 1;
  const prev2 = toks[c.i0 - 2];
  return prev2 && PLACE_HEADS.has(fold(prev2.lo)) && /^(of|de|di|von|do|da|del|d)$/.test(prev.lo) ? 2 : 0;
}

const onlySpaceBetween = (text: string, a: Token, s: number): boolean => /^\s*$/.test(text.slice(a.e, s));

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Classifies all chunks of the document into entities. */
export function buildEntities(
  text: (p: number) => string,
  chunks: Chunk[],
  lang: Lang,
  vocab: Vocab = { lower: new Set(), adjective: new Set() },
  inTitle: (c: Chunk) => boolean = () => false,
  acronyms: Map<string, string> = new Map(),
): Entities {
  const map = new Map<string, Entity>();
  const byChunk = new Map<Chunk, Entity>();
  const roles = new Map<string, string>();
  for (const c of chunks) {
    const key = nameKey(c.text);
    let e = map.get(key);
    const shown = c.dateline || c.shout ? titleCase(c.text) : cleanName(c.text);
    if (!e) {
      e = { key, name: shown, kind: 'other', aliases: new Set(), mentions: [], cue: { person: 0, place: 0, org: 0, the: 0, common: 0, prep: 0, speaks: 0, event: 0, work: 0, law: 0, first: 0, verb: 0 } };
      map.set(key, e);
    } else if (e.name === e.name.toUpperCase() && shown !== shown.toUpperCase()) e.name = shown;
    if (c.dateline) e.cue.place += 3;
    if (c.institution) e.cue.org += 4;
    e.mentions.push(c);
    byChunk.set(c, e);
    const t = text(c.sent.paragraph);
    const words = key.split(' ');
    if (hasTitle(c, lang)) e.cue.person += 2;
    const role = roleBefore(t, c, lang) ?? roleAfter(t, c, lang);
    if (role) {
      e.cue.person += 2;
      if (!roles.has(key)) roles.set(key, role);
    }
    const pc = placeCue(t, c, lang);
    if (pc === 2) e.cue.place += 2;
    else if (pc === 1) {
      if (words.length === 1 || !/^\p{Lu}\p{Ll}+$/u.test(c.text.split(' ')[0] ?? '')) e.cue.place++;
      else e.cue.prep++; // "from Alex Heath": a preposition alone does not make a two-word name a place
    }
    if (words.some((w) => EVENT_WORDS.has(w))) e.cue.event++;
    // Laws are named by their head: last word ("Investment Company Act"), or first in Romance order ("Ley de Medios").
    if (words.length > 1 && (LAW_WORDS.has(words[words.length - 1] as string) || (LAW_WORDS.has(words[0] as string) && !isFirstName(words[0] as string)))) e.cue.law++;
    if (inTitle(c) || workBefore(t, c, lang)) e.cue.work++;
    if (words.length > 1 && isFirstName(words[0] as string)) e.cue.first++;
    if (words.some((w) => ORG_WORDS.has(w))) e.cue.org += 3;
    // The head noun decides between a place and an organisation word ("Times Square", "New York Times").
    const lastWord = words[words.length - 1] as string;
    if (words.length > 1 && PLACE_WORDS.has(lastWord) && !ORG_WORDS.has(lastWord)) e.cue.place += 2;
    if (words.length > 1 && PLACE_STARTERS.has(words[0] as string) && !PLACE_WORDS.has(words[0] as string)) e.cue.place += 2;
    if (orgFollows(t, c, lang) || orgPrecedes(t, c, lang) || apposedOrg(t, c, lang) || employerBefore(c, lang)) e.cue.org += 3;
    // "the Tuva region", "Royal Shrewsbury hospital": a place noun after the name.
    const n = c.sent.tokens[c.i1];
    if (n && !n.cap && lang.placeAfter.has(n.lo) && /^\s$/.test(t.slice(c.e, n.s))) e.cue.place += 3;
    // "pelo Corinthians": a singular article makes a name in -s one club or company, not a group of people.
    const p = c.sent.tokens[c.i0 - 1];
    if (p && !p.cap && lang.singular.has(p.lo)) e.cue.one = 1;
    // "(A.H.)" closing a paragraph: a writer's initials, not an agency.
    if (words.length === 1 && creditCue(t, c)) {
      if (/^(?:\p{Lu}\.){1,3}$/u.test(c.text + (t[c.e] === '.' ? '.' : ''))) e.cue.common++;
      else e.cue.org += 3;
    }
    if (words.length === 1 && !hasTitle(c, lang) && isSpeechNext(c, lang)) e.cue.speaks++;
    if (isSpeechNext(c, lang) || isSpeechBefore(c, lang)) e.cue.verb++;
    // "les Français", "deux Français", "los Verdes": a plural determiner makes a single word a group noun.
    if (words.length === 1 && /[sx]$/.test(e.key) && afterPlural(c, lang) && !isKnownPlace(key)) e.cue.common++;
    if (yearAfter(t, c) || workAfter(t, c, lang)) e.cue.work++; // "Man on the Moon (2000)", "Vape Wave (documentaire, 1h28)"
    if (orgListBefore(c, lang)) e.cue.org += 3;
    // "AgileBits", "SpaceX", "CNNMoney", "SmartAsset.com": brand spelling makes a company (a model number after it makes a product); a web address, surely.
    if (!c.text.includes(' ') && !productNext(t, c) && !NON_ORG_ACRONYMS.has(key) && t[c.s - 1] !== '@') {
      if (/\.(?:com|org|net|fr|de|es|it|pt|io)$/i.test(c.text)) e.cue.org += 3;
      else if (CAMEL.test(c.text) || /\p{Ll}\p{Lu}+$|^\p{Lu}{3,}\p{Ll}{3}/u.test(c.text)) e.cue.org += 2;
    }
    if (afterArticle(c)) {
      // German capitalises every noun: after an article a single word is a common noun, not a name.
      if (lang.code === 'de' && words.length === 1 && !isAcronym(c.text)) e.cue.common++;
      else e.cue.the++;
    }
    if (isKnownPlace(key)) e.cue.place += 4;
    if (isKnownOrg(key)) e.cue.org += 4;
    // A short form spelled out by an organisation's name in brackets is one; spelled out in lowercase words, a common noun.
    const long = acronyms.get(c.text);
    if (long === '') e.cue.common++;
    else if (long && nameKey(long).split(' ').some((w) => ORG_WORDS.has(w))) e.cue.org += 3;
    else if (isAcronym(c.text)) {
      const bare = key.replace(/[.\s]/g, '');
      if (PLACE_ACRONYMS.has(bare)) e.cue.place += 3;
      else if (!NON_ORG_ACRONYMS.has(bare) && !/^[ivxlcdm]+$|\d/.test(bare)) e.cue.org += 2;
    }
    if (words.some((w) => PLACE_WORDS.has(w)) && words.length > 1) e.cue.place += 2;
  }
  for (const e of map.values()) {
    const role = roles.get(e.key);
    if (role) e.role = role;
  }
  const list = [...map.values()];
  classify(list, vocab, lang, text);
  return { list, byChunk };
}

/**
 * "Vulture magazine", "Likud party": a lowercase organisation noun right after the name; "Interfax news agency",
 * "G40 political faction": one modifier may come between when the noun is one that also introduces names.
 */
function orgFollows(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  const n = toks[c.i1];
  if (!n || n.cap || !/^\s$/.test(text.slice(c.e, n.s))) return false;
  if (lang.orgAfter.has(fold(n.lo))) return true;
  const m = toks[c.i1 + 1];
  return !!m && !m.cap && lang.orgBefore.has(fold(m.lo)) && /^\s$/.test(text.slice(n.e, m.s)) && !lang.stop.has(n.lo) && !lang.roles.has(n.lo) && !lang.speech.has(n.lo);
}

/** "rescue group Project Jonah", "la société Airbus", "ruling Zanu-PF": a lowercase organisation word right before the name. */
function orgPrecedes(text: string, c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && lang.orgBefore.has(fold(p.lo)) && /^\s$/.test(text.slice(p.e, c.s));
}

/** Articles that open an apposition ("Ennahda, a party …", "Ennahda, un parti …"). */
const APPOSITION = /^(?:a|an|the|un|une|uno|una|um|uma|ein|eine|der|die|das|le|la|l|el|il|lo|o)$/;

/**
 * "Amnesty International, a London-based rights group", "Ennahda, un parti islamiste", "Ver.di, eine Gewerkschaft":
 * an apposition whose head noun (last word in English and German, first in the Romance languages) is an organisation's.
 */
function apposedOrg(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  const art = toks[c.i1];
  if (!art || !/^\s*,\s*$/.test(text.slice(c.e, art.s)) || !APPOSITION.test(art.lo)) return false;
  const headFirst = ROMANCE_LANGS.test(lang.code);
  let head: Token | undefined;
  for (let k = c.i1 + 1; k < Math.min(toks.length, c.i1 + 6); k++) {
    const x = toks[k] as Token;
    if (!/^\s+$|^['’]$/.test(text.slice((toks[k - 1] as Token).e, x.s)) || lang.stop.has(x.lo) || lang.speech.has(x.lo)) break;
    if (lang.roles.has(x.lo)) return false; // "Smith, a company spokesman"
    head = x;
    if (headFirst && orgNoun(x, lang)) return true;
  }
  return !headFirst && !!head && orgNoun(head, lang);
}

const ROMANCE_LANGS = /^(?:fr|es|it|pt)$/;

/** A lowercase organisation noun of the language; in German, a capitalised compound ending in one ("Nachrichtenagentur"). */
function orgNoun(t: Token, lang: Lang): boolean {
  const w = fold(t.lo);
  if (lang.code === 'de') return [...lang.orgAfter, ...lang.orgBefore].some((n) => w.endsWith(n));
  return !t.cap && (lang.orgAfter.has(w) || lang.orgBefore.has(w));
}

/** "reporter for Breitbart Tech", "chercheuse chez Airbus": after a lowercase role, this link names the employer (not a minister's portfolio). */
export function employerBefore(c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  let k = c.i0 - 1;
  if (toks[k] && ARTICLES.has((toks[k] as Token).lo)) k--;
  const link = toks[k];
  const role = toks[k - 1];
  return !!link && !!role && !link.cap && lang.employer.has(link.lo) && lang.roles.has(role.lo) && !/^(?:minist|secr|commiss)/.test(role.lo);
}

/** Photo credits: "Thomas Coex/AFP/Getty Images", "(Reuters)", "(AP)": agencies beside a slash or alone in brackets. */
function creditCue(text: string, c: Chunk): boolean {
  const before = text.slice(Math.max(0, c.s - 1), c.s);
  const after = text.slice(c.e, c.e + 1);
  return before === '/' || after === '/' || (before === '(' && after === ')' && /\)\s*$/.test(text.slice(c.e, c.e + 2)) && c.e + 2 >= text.length - 1);
}

/** A single name directly followed by a speech verb ("Roscosmos said") speaks: a person or an organisation. */
function isSpeechNext(c: Chunk, lang: Lang): boolean {
  const n = c.sent.tokens[c.i1];
  return !!n && lang.speech.has(n.lo);
}

/** Plural determiners and numbers before a word. */
function afterPlural(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && (/^(les|des|aux|los|las|unos|unas|gli|os|as|dos|das|nos|nas|ces|mes|tes|ses|nos|vos|leurs|plusieurs|quelques|many|several|two|three)$/.test(p.lo) || (lang.numbers.get(p.lo) ?? 0) > 1 || /^\d+$/.test(p.t));
}

/** "Kevin Frayer/Getty Images", "Photo by Jane Doe": a name in a credit. */
function creditLine(text: string, c: Chunk): boolean {
  return text[c.e] === '/' || /(?:\bby|\bpar|\bpor|\bvon|\bdi|Credit|Crédit|Crédito|Foto|Photo)\s*$/.test(text.slice(Math.max(0, c.s - 10), c.s));
}

/** A year in brackets right after the name dates a work. */
function yearAfter(text: string, c: Chunk): boolean {
  return /^\s*(?:\(\s*(?:1[89]|20)\d\d\s*\)|,\s*(?:1[89]|20)\d\d\s*\))/.test(text.slice(c.e, c.e + 10));
}

/** "(documentaire, 1h28, Arte)", "(film, 2014)": a work noun opening the brackets after the name. */
function workAfter(text: string, c: Chunk, lang: Lang): boolean {
  const m = /^\s*\(\s*([\p{L}-]+)/u.exec(text.slice(c.e, c.e + 30));
  return !!m && lang.workNouns.has(fold(m[1] as string));
}

/** "PlayStation VR", "PlayStation 4": a capitalised word or a number right after a brand names a product. */
function productNext(text: string, c: Chunk): boolean {
  const n = c.sent.tokens[c.i1];
  return !!n && (n.cap || /^\d/.test(n.t)) && /^\s+$/.test(text.slice(c.e, n.s));
}

/** "companies such as Evernote", "Firmen wie Dropbox", "des entreprises comme Airbus": examples of organisations. */
function orgListBefore(c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  for (let n = 1; n <= 2; n++) {
    const link = toks.slice(c.i0 - n, c.i0).map((t) => t.lo).join(' ');
    const noun = toks[c.i0 - n - 1];
    if (noun && lang.examples.has(link) && lang.orgPlurals.has(fold(noun.lo))) return true;
  }
  return false;
}

/** "sagte Müller", "said Smith": a speech verb directly before the name. */
function isSpeechBefore(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && lang.speech.has(p.lo);
}

/** "the game Simon", "la série Alphonse Président": a work noun directly before the name. */
function workBefore(text: string, c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && lang.workNouns.has(fold(p.lo)) && /^\s+$/.test(text.slice(p.e, c.s));
}

/** "the BBC", "la CNIL", "l'ONU": a definite article before a single capitalised word. */
function afterArticle(c: Chunk): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && (!p.cap || c.i0 === 1) && /^(the|a|an|un|une|uno|una|um|uma|ein|eine|la|le|l|el|die|der|das|il|lo|o|a|du|au|da|do|das|dos|na|no|nas|nos|pela|pelo|del|al|della|dello|nel|nella|sul|sulla|im|vom|zum|zur)$/.test(p.lo);
}

/** Words a personal name is made of: capitalised letters only (initials allowed), no digits or all-caps parts. */
function nameLike(e: Entity, orgKeys: Set<string>): boolean {
  const parts = e.name.split(/\s+/);
  // Events, laws and titles of works are not people; a person may also appear once in a title ("Dans la tête d'Alan Moore").
  if (e.cue.event || e.cue.law || e.cue.work * 2 >= e.mentions.length) return false;
  if (parts.length > 4) return false;
  if (e.cue.person === 0 && orgKeys.has(nameKey(parts[0] as string))) return false; // "Apple Pay", "Twitter Lite": a product of a known organisation
  if (e.cue.person === 0 && PRODUCT_TAILS.has(nameKey(parts[parts.length - 1] as string))) return false; // "Vision Pro"
  return parts.every(
    (w) =>
      /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(w) ||
      (/^[\p{L}'’\u00ad-]+$/u.test(w) && !w.split(/[-‐]/).some((x) => x.length > 1 && x === x.toUpperCase()) && !CAMEL.test(w)),
  );
}

/** An inner capital after lowercase letters marks a brand ("PlayStation", "FaceTime"), except surname prefixes ("McDonald", "DeSantis"). */
const CAMEL = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{Lu}?\p{Ll}+\p{Lu}/u;

/**
 * Without any cue, a capitalised run is taken for a person only if none of its words is an ordinary word of the
 * article ("Temple Run", "Data Retention Bill"), a country ("British Bill") or a demonym ("Arab Israeli").
 */
function plainPersonName(e: Entity, vocab: Vocab): boolean {
  const words = e.key.split(' ');
  if (words.length > 1 && isFirstName(words[0] as string) && !vocab.lower.has(words[0] as string)) return true; // "George Washington"
  return words.every((w) => NAME_PARTICLES.has(w) || (!vocab.lower.has(w) && !isKnownPlace(w) && !(vocab.adjective.has(w) && DEMONYM.test(w))));
}

/** Group nouns in the plural ("Palestinians", "Islamists", "Republicans"): not names of one organisation. */
const GROUP_PLURAL = /(?:ians|ans|ists|ites|ais|ois|iens|ers)$/;

function classify(list: Entity[], vocab: Vocab, lang: Lang, text: (p: number) => string): void {
  const german = lang.code === 'de';
  const singles = list.filter((e) => !e.key.includes(' ') || isAcronym(e.name));
  const real = (e: Entity): number => e.mentions.filter((c) => !c.initial).length;
  // Single words that will be organisations: cue, or repeated without any other cue.
  const orgKeys = new Set(singles.filter((e) => e.cue.place < 4 && e.cue.person === 0 && !e.cue.common && (e.cue.org > 0 || real(e) >= 2)).map((e) => e.key));
  const multi = list.filter((e) => e.key.includes(' ') && !isAcronym(e.name));
  // A surname used alone elsewhere confirms a person ("Barack Obama" … "Obama").
  const singleKeys = new Set(singles.map((e) => e.key));
  for (const e of multi) {
    const last = e.key.split(' ').pop() as string;
    if (singleKeys.has(last) && plainPersonName(e, vocab)) e.cue.person += 1;
  }
  // Multi-word names first, so single words can join them as short forms ("Hollande" → "François Hollande").
  for (const e of multi) {
    const { person, place, org } = e.cue;
    if (placeDemonym(e.key) && org < 3) continue; // "New Zealanders", "North Africans": groups of people
    const like = nameLike(e, orgKeys);
    if (place >= 4 && place >= org) e.kind = 'place';
    else if (e.cue.law || e.cue.work * 2 >= e.mentions.length) continue;
    else if (org >= 3 && org >= person) e.kind = 'org';
    else if (person > 0 && like) e.kind = 'person';
    else if (place > 0 && place >= e.mentions.length / 2) e.kind = 'place';
    // "the White House", "the Arab Spring": names that take an article are not people.
    // German capitalises every noun: there a person also needs a first name, an initial or a speech verb.
    else if (
      like &&
      !e.cue.the &&
      e.key.split(' ').length <= 3 &&
      plainPersonName(e, vocab) &&
      e.mentions.some((c) => (!c.initial || c.i1 - c.i0 >= 2) && (!c.heading || e.cue.first > 0 || creditLine(text(c.sent.paragraph), c))) &&
      (!german || e.cue.first > 0 || e.cue.verb > 0 || /^\p{Lu}\.?$/u.test(e.name.split(' ')[1] ?? ''))
    )
      e.kind = 'person';
  }
  for (const e of list) {
    if (e.kind !== 'other' || (e.key.includes(' ') && !isAcronym(e.name))) continue;
    const { person, place, org } = e.cue;
    const longer = multi.find((m) => m.kind === 'person' && m.key !== e.key && (m.key.endsWith(' ' + e.key) || m.key.startsWith(e.key + ' ')));
    // "Instituto" → "Instituto Lula", "Harvard" → "Harvard University": the first word of a longer organisation or place,
    // unless it has place cues of its own ("in Brooklyn … Brooklyn Bridge").
    const whole = longer ?? (person || place > 1 || isAcronym(e.name) ? undefined : multi.find((m) => (m.kind === 'org' || m.kind === 'place') && m.key.startsWith(e.key + ' ')));
    if (whole && org < (longer ? 1 : 4) && place < 4) {
      mergeInto(whole, e);
      continue;
    }
    // "Mario" of "Super Mario Run": a word of a work's title, with no cue of its own.
    if (!person && !org && !place && multi.some((m) => m.kind === 'other' && m.cue.work && m.key.split(' ').includes(e.key))) continue;
    const realMentions = real(e);
    if (e.cue.work || e.cue.law) continue;
    // A generic organisation noun alone ("Government", "l'État", "Autorité") is a common noun, not a name.
    if (!isAcronym(e.name) && GENERIC_ORG_NOUNS.has(e.key)) continue;
    if (LAW_WORDS.has(e.key)) continue; // "the Amendment", "the Bill"
    if (isAcronym(e.name) && NON_ORG_ACRONYMS.has(e.key.replace(/[.\s]/g, '')) && place < 3) continue; // "MD", "DVD"
    // "CEOs": the plural of a common acronym.
    if (/^\p{Lu}{2,}s$/u.test(e.name) && NON_ORG_ACRONYMS.has(e.key.slice(0, -1))) continue;
    // "(A.H.)": a writer's initials in brackets.
    if (/^\p{Lu}\.\p{Lu}\.?$/u.test(e.name) && e.mentions.every((c) => /\(\s*$/.test(c.sent.text.slice(0, c.s - c.sent.start)))) continue;
    // An acronym with digits is a model ("PS4", "A350"), not an organisation, unless a noun says so ("G40 faction").
    if (isAcronym(e.name) && /\d/.test(e.name) && place < 3 && org < 3) continue;
    // A lone capitalised word seen only at sentence starts is an ordinary word ("Enfin", "Désormais").
    if (realMentions === 0 && org < 2 && place < 3) continue;
    if (e.cue.common && org < 2) continue;
    const acronymOnce = isAcronym(e.name) && e.mentions.length < 2 && org < 3 && !e.cue.the;
    const best = Math.max(person, place, org);
    if (place >= 4 || (place > 0 && place === best && place > org)) e.kind = 'place';
    // An acronym alone ("MD", "CEO") is a person only with a title.
    else if (person > 0 && person === best && !(isAcronym(e.name) && !e.mentions.some((c) => hasTitle(c, lang)))) e.kind = 'person';
    else if (org > 0) e.kind = acronymOnce ? 'other' : 'org';
    else if (GROUP_PLURAL.test(e.key) && !e.cue.one) continue;
    // German capitalises every noun: a repeated capitalised word alone proves nothing there.
    else if (german) continue;
    else if (realMentions >= 2 || (e.cue.the && e.mentions.length >= 2) || e.cue.speaks) e.kind = 'org';
  }
  // "BBC News" beside "BBC", "Volkswagen Group" beside "Volkswagen": one organisation, named by its short form.
  for (const m of multi) {
    const [head, ...rest] = m.key.split(' ');
    const short = m.kind === 'org' && rest.every((w) => GENERIC_ORG_NOUNS.has(w)) && singles.find((s) => s.key === head && s.kind === 'org');
    if (short) mergeInto(short, m);
  }
  coordinate(list);
}

/** Members of one list share a kind: "Evernote, Dropbox oder Google", "Cuba and Iran". */
function coordinate(list: Entity[]): void {
  const owner = new Map<Chunk, Entity>();
  for (const e of list) for (const c of e.mentions) owner.set(c, e);
  const bySent = new Map<Sentence, Chunk[]>();
  for (const c of owner.keys()) {
    const cs = bySent.get(c.sent) ?? [];
    cs.push(c);
    bySent.set(c.sent, cs);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const cs of bySent.values()) {
      cs.sort((a, b) => a.s - b.s);
      for (let i = 0; i + 1 < cs.length; i++) {
        const a = owner.get(cs[i] as Chunk) as Entity;
        const b = owner.get(cs[i + 1] as Chunk) as Entity;
        const gap = (cs[i] as Chunk).sent.text.slice((cs[i] as Chunk).e - (cs[i] as Chunk).sent.start, (cs[i + 1] as Chunk).s - (cs[i] as Chunk).sent.start);
        if (!/^\s*(?:,|,?\s*(?:and|or|et|ou|y|o|und|oder|e)\s)\s*$/.test(gap)) continue;
        for (const [x, y] of [[a, b], [b, a]] as const) {
          const free = x.kind === 'other' && !x.cue.common && !x.cue.work && !x.cue.law && !x.cue.event && x.mentions.length > 0;
          if (free && (y.kind === 'org' || y.kind === 'place') && !x.key.includes(' ')) x.kind = y.kind;
        }
      }
    }
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

// Entity cues: what the words around one mention of a name say about it — a title or a role (a person), a place
// preposition or place noun (a place), an organisation noun, an apposition, an employer link or a credit (an
// organisation), a speech verb, an article, the title of a work. entities.ts weighs them.
import type { Lang } from './lang/registry';
import type { Token } from './segment';
import type { Chunk } from './names';
import { PLACE_HEADS, ARTICLES, fold } from './lang/common';

/** 0: no place cue; 1: a place preposition before ("in Harare"); 2: a place noun before ("la ville de Mossoul"). */
export function placeCue(text: string, c: Chunk, lang: Lang): 0 | 1 | 2 {
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

/**
 * "Vulture magazine", "Likud party": a lowercase organisation noun right after the name; "Interfax news agency",
 * "G40 political faction": one modifier may come between when the noun is one that also introduces names.
 */
export function orgFollows(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  const n = toks[c.i1];
  if (!n || n.cap || !/^\s$/.test(text.slice(c.e, n.s))) return false;
  if (lang.orgAfter.has(fold(n.lo))) return true;
  const m = toks[c.i1 + 1];
  return !!m && !m.cap && lang.orgBefore.has(fold(m.lo)) && /^\s$/.test(text.slice(n.e, m.s)) && !lang.stop.has(n.lo) && !lang.roles.has(n.lo) && !lang.speech.has(n.lo);
}

/** "rescue group Project Jonah", "la société Airbus", "ruling Zanu-PF": a lowercase organisation word right before the name. */
export function orgPrecedes(text: string, c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && lang.orgBefore.has(fold(p.lo)) && /^\s$/.test(text.slice(p.e, c.s));
}

/** Articles that open an apposition ("Ennahda, a party …", "Ennahda, un parti …"). */
const APPOSITION = /^(?:a|an|the|un|une|uno|una|um|uma|ein|eine|der|die|das|le|la|l|el|il|lo|o)$/;

/**
 * "Amnesty International, a London-based rights group", "Ennahda, un parti islamiste", "Ver.di, eine Gewerkschaft":
 * an apposition whose head noun (last word in English and German, first in the Romance languages) is an organisation's.
 */
export function apposedOrg(text: string, c: Chunk, lang: Lang): boolean {
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
export function creditCue(text: string, c: Chunk): boolean {
  const before = text.slice(Math.max(0, c.s - 1), c.s);
  const after = text.slice(c.e, c.e + 1);
  return before === '/' || after === '/' || (before === '(' && after === ')' && /\)\s*$/.test(text.slice(c.e, c.e + 2)) && c.e + 2 >= text.length - 1);
}

/** A single name directly followed by a speech verb ("Roscosmos said") speaks: a person or an organisation. */
export function isSpeechNext(c: Chunk, lang: Lang): boolean {
  const n = c.sent.tokens[c.i1];
  return !!n && lang.speech.has(n.lo);
}

/** Plural determiners and numbers before a word. */
export function afterPlural(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && (/^(les|des|aux|los|las|unos|unas|gli|os|as|dos|das|nos|nas|ces|mes|tes|ses|nos|vos|leurs|plusieurs|quelques|many|several|two|three)$/.test(p.lo) || (lang.numbers.get(p.lo) ?? 0) > 1 || /^\d+$/.test(p.t));
}

/** "Kevin Frayer/Getty Images", "Photo by Jane Doe": a name in a credit. */
export function creditLine(text: string, c: Chunk): boolean {
  return text[c.e] === '/' || /(?:\bby|\bpar|\bpor|\bvon|\bdi|Credit|Crédit|Crédito|Foto|Photo)\s*$/.test(text.slice(Math.max(0, c.s - 10), c.s));
}

/** A year in brackets right after the name dates a work. */
export function yearAfter(text: string, c: Chunk): boolean {
  return /^\s*(?:\(\s*(?:1[89]|20)\d\d\s*\)|,\s*(?:1[89]|20)\d\d\s*\))/.test(text.slice(c.e, c.e + 10));
}

/** "(documentaire, 1h28, Arte)", "(film, 2014)": a work noun opening the brackets after the name. */
export function workAfter(text: string, c: Chunk, lang: Lang): boolean {
  const m = /^\s*\(\s*([\p{L}-]+)/u.exec(text.slice(c.e, c.e + 30));
  return !!m && lang.workNouns.has(fold(m[1] as string));
}

/** "PlayStation VR", "PlayStation 4": a capitalised word or a number right after a brand names a product. */
export function productNext(text: string, c: Chunk): boolean {
  const n = c.sent.tokens[c.i1];
  return !!n && (n.cap || /^\d/.test(n.t)) && /^\s+$/.test(text.slice(c.e, n.s));
}

/** "companies such as Evernote", "Firmen wie Dropbox", "des entreprises comme Airbus": examples of organisations. */
export function orgListBefore(c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  for (let n = 1; n <= 2; n++) {
    const link = toks.slice(c.i0 - n, c.i0).map((t) => t.lo).join(' ');
    const noun = toks[c.i0 - n - 1];
    if (noun && lang.examples.has(link) && lang.orgPlurals.has(fold(noun.lo))) return true;
  }
  return false;
}

/** "sagte Müller", "said Smith": a speech verb directly before the name. */
export function isSpeechBefore(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && lang.speech.has(p.lo);
}

/** "the game Simon", "la série Alphonse Président": a work noun directly before the name. */
export function workBefore(text: string, c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && lang.workNouns.has(fold(p.lo)) && /^\s+$/.test(text.slice(p.e, c.s));
}

/** "the BBC", "la CNIL", "l'ONU": a definite article before a single capitalised word. */
export function afterArticle(c: Chunk): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && (!p.cap || c.i0 === 1) && /^(the|a|an|un|une|uno|una|um|uma|ein|eine|la|le|l|el|die|der|das|il|lo|o|a|du|au|da|do|das|dos|na|no|nas|nos|pela|pelo|del|al|della|dello|nel|nella|sul|sulla|im|vom|zum|zur)$/.test(p.lo);
}

/** An inner capital after lowercase letters marks a brand ("PlayStation", "FaceTime"), except surname prefixes ("McDonald", "DeSantis"). */
export const CAMEL = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{Lu}?\p{Ll}+\p{Lu}/u;


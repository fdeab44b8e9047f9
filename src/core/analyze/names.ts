// Proper-name chunks in sentences: runs of capitalised words, minus sentence starts, titles, calendar words and adjectives.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { isKnownPlace } from './lang/places';
import { isFirstName } from './lang/firstnames';
import { isKnownOrg } from './lang/orgs';
import { ARTICLES, DEMONYM, ROMANCE_LANGS, NAME_PARTICLES, NAME_CONJ, ORG_WORDS, PLACE_WORDS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_STARTERS, INSTITUTION_HEADS, INSTITUTION_LINKS, ROMANCE_ADJ, PATTERNS, fold } from './lang/common';

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
  /** In a Title Case line (headline, link list): capitals there prove nothing. */
  heading?: boolean;
  /** Built from a lowercase institution head ("ministère des Affaires étrangères"): an organisation. */
  institution?: boolean;
  /** Capitals of a photo credit ("JIM WATSON/AFP"): shown in title case. */
  shout?: boolean;
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
  // "US" in capitals is the country, not the pronoun.
  if (PLACE_ACRONYMS.has(lo) && tok.t === tok.t.toUpperCase()) return false;
  return lang.stop.has(lo) || lang.months.has(lo) || lang.weekdays.has(lo) || lang.numbers.has(lo) || lang.titles.has(lo) || lang.relDays.has(lo) || lang.pronouns.has(lo) || lang.roles.has(lo);
}

/** Demonym endings and what to put back to find the place ("Kenyans" → "kenya", "Israeli" → "israel", "New Zealanders" → "new zealand"). */
const DEMONYM_ENDINGS: readonly [RegExp, string[]][] = [
  [/(?:ians?|iens?|iennes?|ianos?|ianas?|ianer)$/, ['', 'ia', 'a', 'y']],
  [/(?:ans?|ns|anos?|anas?|aner)$/, ['', 'a', 'e', 'o']],
  [/(?:ers?)$/, ['']],
  [/(?:is|i)$/, ['']],
  [/(?:ese|eses|esi)$/, ['', 'a']],
  [/(?:ais|aise|aises|ois|oise|oises)$/, ['', 'e', 'ie']],
  [/(?:ains?|aines?)$/, ['', 'o', 'que']], // "Mexicaine" → "mexico", "Marocain" → "maroc", "Américaine" → "amerique"
];

/** A word (or name key) that is the demonym of a known place: an adjective or group noun, never a name. */
export function placeDemonym(key: string): boolean {
  if (key.length < 5 || isKnownPlace(key)) return false;
  for (const [end, backs] of DEMONYM_ENDINGS) {
    const m = end.exec(key);
    if (!m) continue;
    const stem = key.slice(0, m.index);
    if (stem.length >= 3 && backs.some((b) => isKnownPlace(stem + b))) return true;
  }
  return false;
}

/** Hyphenated adjectives and compounds ending in a lowercase part ("Pakistan-based", "Two-year-old"). */
const LOWER_TAIL = /[-‐]\p{Ll}+$/u;
const isInitial = (t: Token): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(t.t) && t.t.length <= 5;
const shouting = (t: Token): boolean => t.t.length >= 2 && t.t === t.t.toUpperCase() && /\p{Lu}{2}/u.test(t.t);

function opensClause(text: string, tok: Token, sent: Sentence, idx: number): boolean {
  if (idx === 0) return true;
  const prev = sent.tokens[idx - 1] as Token;
  const gap = text.slice(prev.e, tok.s);
  return /[:«“„"‘‚‹「(—–]|[.!?…\]]\s/.test(gap);
}

const onlySpace = (s: string): boolean => /^[ \u00a0]$/.test(s);
/** Two words of one name: a single space between them, or the dot of an initial ("U.N. General"). */
const joined = (text: string, a: Token, b: Token): boolean => onlySpace(text.slice(a.e, b.s)) || (isInitial(a) && /^\.\s$/.test(text.slice(a.e, b.s)));

/** Builds the document vocabulary from all sentences. */
export function buildVocab(sentences: Sentence[], paragraphs: string[], lang: Lang): Vocab {
  const lower = new Set<string>();
  const adjective = new Set<string>();
  const english = lang.code === 'en';
  for (const s of sentences) {
    const text = paragraphs[s.paragraph] as string;
    s.tokens.forEach((t, i) => {
      if (!t.cap) lower.add(t.lo);
      const n = s.tokens[i + 1];
      // Only English puts adjectives before nouns: in French "Forman consacré" is a name and a participle.
      if (english && t.cap && n && !n.cap && /\p{L}/u.test(n.t) && !lang.stop.has(n.lo) && onlySpace(text.slice(t.e, n.s))) adjective.add(t.lo);
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
  // "JIM WATSON/AFP/Getty Images": a photo credit names its photographer and agencies, in capitals or not.
  // So does a byline in capitals ("By ROD NORDLAND and MAYY EL SHEIKH").
  const credit = PATTERNS.credit.test(sent.text);
  const loud = maxCapsRun >= 3 && !credit;
  const out: Chunk[] = [];
  // Dateline: "CAIRO —", "MOSCOW (AP) —" at the start of a paragraph.
  const dl = sent.start === 0 ? PATTERNS.dateline.exec(text) : null;
  let i = 0;
  if (dl && toks[0] && shouting(toks[0])) {
    let j = 0;
    while (j < toks.length && (toks[j] as Token).e <= (dl[1] as string).length) j++;
    if (j > 0) out.push({ sent, i0: 0, i1: j, text: text.slice(0, (toks[j - 1] as Token).e), s: 0, e: (toks[j - 1] as Token).e, initial: true, dateline: true });
    i = j;
  }
  const nameTok = (t: Token): boolean =>
    t.cap && /\p{L}/u.test(t.t) && !LOWER_TAIL.test(t.t) && !(loud && shouting(t)) && !(shouting(t) && t.t.length > 5 && !credit);
  // "Palestinian Authority", "General Assembly", "ABC News": the name tokens from k on (at most max) hold an organisation word.
  const orgFrom = (k: number, max = 9): boolean => {
    for (const end = k + max; k < end && k < toks.length && nameTok(toks[k] as Token) && joined(text, toks[k - 1] as Token, toks[k] as Token); k++) if (ORG_WORDS.has(fold((toks[k] as Token).lo))) return true;
    return false;
  };
  const heading = isTitleCaseLine(text, sent);
  // A headline capitalises every word: there a word the language writes in lowercase is no part of a name.
  const word = (t: Token): boolean => nameTok(t) && !(heading && lang.common.has(fold(t.lo)));
  const institutions = institutionChunks(text, sent, nameTok);
  while (i < toks.length) {
    const inst = institutions.find((c) => c.i0 === i);
    if (inst) {
      out.push(inst);
      i = inst.i1;
      continue;
    }
    const t = toks[i] as Token;
    if (!word(t) || (t.t.length === 1 && !/\p{Lu}/u.test(t.t))) {
      i++;
      continue;
    }
    let initial = opensClause(text, t, sent, i);
    const nextTok = toks[i + 1];
    // "Kenyan", "Israelis": the demonym of a known place (not "François" before a surname).
    const key0 = nameKey(t.t);
    const prevTok = toks[i - 1];
    // After an article a demonym is a noun for a person ("la Mexicaine Eréndira Sanchez"), not a name's start.
    const afterArticle = !!prevTok && ARTICLES.has(prevTok.lo) && onlySpace(text.slice(prevTok.e, t.s));
    const ofPlace = (afterArticle || !(nextTok && nameTok(nextTok) && onlySpace(text.slice(t.e, nextTok.s)))) && placeDemonym(key0) && !isFirstName(key0);
    const demonym = (vocab.adjective.has(t.lo) && DEMONYM.re.test(t.lo) && !isKnownPlace(key0)) || ofPlace; // "Nairobi" ends like "Israeli"
    // "New York", "Los Angeles": a capitalised place starter directly before a capitalised word opens a name.
    // A demonym or a role word opens an organisation's name ("African Union", "General Assembly").
    const starter = (PLACE_STARTERS.has(t.lo) && !!nextTok && nameTok(nextTok) && onlySpace(text.slice(t.e, nextTok.s))) || ((demonym && orgFrom(i + 1)) || (lang.roles.has(t.lo) && orgFrom(i + 1, 1)));
    // "SPD-Politiker", "FPÖ-Chef": the acronym opening a German compound that ends in a role names where the role is held.
    const acr = lang.code === 'de' && lang.roles.has(t.lo) ? /^(\p{Lu}{2,5})[-‐]\p{Lu}\p{Ll}/u.exec(t.t)?.[1] : undefined;
    if (acr && !PLACE_ACRONYMS.has(fold(acr))) {
      out.push({ sent, i0: i, i1: ++i, text: acr, s: t.s, e: t.s + acr.length, initial });
      continue;
    }
    // A capitalised function word, calendar word, title or demonym is not a name start.
    if (!starter && (isCommonCap(t, lang) || demonym || (initial && vocab.lower.has(t.lo) && !isAcronym(t.t)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1] as Token;
      const cur = toks[j] as Token;
      if (!joined(text, prev, cur)) break;
      // A company suffix closes the name ("Business Insider Inc Nintendo" is two).
      if (j > i + 1 && PATTERNS.companyEnd.test(prev.lo)) break;
      if (word(cur) && !lang.months.has(cur.lo) && !lang.weekdays.has(cur.lo) && (!lang.roles.has(cur.lo) || orgFrom(j + 1, 1)) && !lang.titles.has(cur.lo.replace(/\.$/, ''))) {
        j++;
        continue;
      }
      // particles only inside a name: "Luiz Inácio Lula da Silva", "Bank of England", "World Travel and Tourism Council"
      let k = j;
      if (NAME_CONJ.has(cur.lo)) k++;
      // German articles join names only after "von"/"van"/"zu" ("von der Leyen"), never nouns ("Zahl der Zusatzfelder");
      // "von" joins only after a given name ("Ursula von der Leyen", not "Recherchen von Robert Gordon").
      else if (!(lang.code === 'de' && (GERMAN_ARTICLES.has(cur.lo) || (cur.lo === 'von' && !givenTok(prev, lang)))))
        while (k < toks.length && k - j < 3 && (NAME_PARTICLES.has((toks[k] as Token).lo) || lang.particles.has((toks[k] as Token).lo))) k++;
      const nxt = toks[k];
      const prevK = toks[k - 1] as Token;
      // Two known places on either side are two names ("isoler Mossoul de la Syrie").
      const places = isKnownPlace(nameKey(text.slice(t.s, prev.e))) && !!nxt && isKnownPlace(nameKey(nxt.t));
      // "Koalitionsverhandler und Wirtschaftslandesrat Michael Strugl": a role after "and" starts another noun phrase.
      if (k > j && nxt && nameTok(nxt) && onlySpace(text.slice(prevK.e, nxt.s)) && !lang.months.has(nxt.lo) && !lang.weekdays.has(nxt.lo) && !places && !(NAME_CONJ.has(cur.lo) && lang.roles.has(nxt.lo))) {
        j = k + 1;
        continue;
      }
      if (PATTERNS.namePrefix.test(cur.t)) {
        j++;
        continue;
      }
      break;
    }
    if (j === i + 1 && ROMANCE_LANGS.test(lang.code) && ORG_WORDS.has(fold(t.lo))) j = extendOrgHead(text, sent, j, lang);
    // "Gemeinde Ferlach", "Zeitung Cumhuriyet": a German noun introducing the name before it is no part of it.
    if (j - i > 1 && introNoun(t, lang) && (toks[i + 1] as Token).cap && !isKnownOrg(nameKey(text.slice(t.s, (toks[j - 1] as Token).e)))) {
      i++;
      initial = false;
    }
    // An acronym glued to a name ("l'UMP Laure de la Raudière") is a separate name, unless it opens an organisation's
    // ("ABC News"; "U.S. Senate" stays a place and an organisation) or a credit's capitals ("LILLY VITOROVICH").
    const first = toks[i] as Token;
    const second = toks[i + 1];
    const g = givenInside(toks, i, j, lang);
    const o = personOf(toks, i, j, lang);
    if (g > i) {
      out.push(...splitConjunctions(text, sent, i, g, initial));
      out.push(...splitConjunctions(text, sent, g, j, false));
    } else if (o) {
      out.push(...splitConjunctions(text, sent, i, o, initial));
      out.push(...splitConjunctions(text, sent, o + 1, j, false));
    } else if (j - i > 1 && !credit && isAcronym(first.t) && second && !isAcronym(second.t) && (!orgFrom(i + 1) || PLACE_ACRONYMS.has(nameKey(first.t).replace(/ /g, '')))) {
      out.push(...splitConjunctions(text, sent, i, i + 1, initial));
      out.push(...splitConjunctions(text, sent, i + 1, j, false));
    } else out.push(...splitConjunctions(text, sent, i, j, initial));
    i = j;
  }
  for (const c of out) {
    if (heading) c.heading = true;
    if (credit && c.i1 - c.i0 > 1 && shouting(toks[c.i0] as Token)) c.shout = true;
    // "CreditKevin Frayer": a credit label glued to the name by the page's markup.
    const g = PATTERNS.creditGlue.exec(c.text);
    if (g) {
      const n = (g[1] as string).length;
      c.text = c.text.slice(n);
      c.s += n;
    }
  }
  return out;
}

/** German compounds end in their head noun ("Heimwerkerkette", "Technologiekonzerns"): w, a genitive -s aside, ends in one of heads. */
export const endsIn = (w: string, heads: Iterable<string>): boolean => [...heads].some((h) => w.endsWith(h) || w.endsWith(h + 's'));

/** A capitalised German noun that introduces a name: 1 an organisation's ("Zeitung", "Privatsender"), 2 a place's ("Gemeinde"); 0 none. */
export function introNoun(t: Token, lang: Lang): 0 | 1 | 2 {
  if (lang.code !== 'de' || !t.cap) return 0;
  const w = fold(t.lo);
  return endsIn(w, PLACE_HEADS) ? 2 : endsIn(w, lang.orgBefore) ? 1 : 0;
}

/** A given name of the shared list or of the language's own. */
const givenTok = (t: Token, lang: Lang): boolean => isFirstName(nameKey(t.t)) || lang.given.has(nameKey(t.t));

/**
 * "Staatspräsident Recep Tayyip Erdogan", "Serravalle Cristian Brolli": in a run of three or more capitalised words
 * not opening with a given name, a given name followed by a capitalised word starts a person's name (the words before
 * it are a role, a noun or another name). Returns that index, or i. Runs with links ("Bank of …") or with a place or
 * organisation word after the given name ("Mary College") stay whole.
 */
function givenInside(toks: Token[], i: number, j: number, lang: Lang): number {
  const given = (t: Token): boolean => givenTok(t, lang);
  if (j - i < 3 || given(toks[i] as Token)) return i;
  for (let k = i + 1; k < j - 1; k++) {
    const t = toks[k] as Token;
    if (NAME_PARTICLES.has(t.lo) || NAME_CONJ.has(t.lo)) return i;
    if (given(t) && (toks[k + 1] as Token).cap) return toks.slice(k, j).some((x) => ORG_WORDS.has(fold(x.lo)) || PLACE_WORDS.has(fold(x.lo))) ? i : k;
  }
  return i;
}

/**
 * "Jim Beske of West Fargo", "Susan Page of USA Today": a given name and a surname before "of" are a person, and what
 * follows is where they are from or work. Returns the index of "of", or 0.
 */
function personOf(toks: Token[], i: number, j: number, lang: Lang): number {
  const k = toks.findIndex((t, n) => n > i + 1 && n < i + 4 && n < j - 1 && t.lo === 'of');
  return k > 0 && givenTok(toks[i] as Token, lang) && !toks.slice(i, k).some((t) => ORG_WORDS.has(fold(t.lo)) || PLACE_WORDS.has(fold(t.lo)) || lang.roles.has(t.lo)) ? k : 0;
}

/** A headline-style line: 3+ words, nearly every content word capitalised, no closing full stop. */
function isTitleCaseLine(text: string, sent: Sentence): boolean {
  if (/[.!?]["”»]?$/.test(sent.text)) return false;
  const words = sent.tokens.filter((t) => t.t.length > 3 && /\p{L}/u.test(t.t));
  if (words.length < 4) return false;
  return words.filter((t) => t.cap).length >= words.length * 0.8;
}

// The credit labels that page markup glues to a name ("CreditKevin Frayer"), company suffixes, lowercase name prefixes
// ("al-Tulaibawi") and the credit and dateline patterns are common.json's "patterns" (PATTERNS in lang/common.ts).

/** German articles: inside a capitalised run they link nouns, not the parts of a name. */
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** Endings of infinitives: "permettre au Sénat de voter" does not name the Senate "de voter". */
const INFINITIVE = /(?:er|ir|re|ar)$/;

/** "Conseil constitutionnel", "Cour de cassation", "Conseil d'Etat": a Romance head noun with its complement. */
function extendOrgHead(text: string, sent: Sentence, j: number, lang: Lang): number {
  const toks = sent.tokens;
  const gapOk = (a: number): boolean => {
    const prev = toks[a - 1];
    const cur = toks[a];
    return !!prev && !!cur && onlySpace(text.slice(prev.e, cur.s));
  };
  let k = j;
  const adj = toks[k];
  if (adj && !adj.cap && gapOk(k) && adj.t.length > 3 && !lang.stop.has(adj.lo) && !lang.speech.has(adj.lo) && ROMANCE_ADJ.re.test(adj.lo)) k++;
  const link = toks[k];
  const comp = toks[k + 1];
  if (link && comp && /^(de|d|du|di|do|da|del)$/.test(link.lo) && (gapOk(k) || link.lo === 'd') && (gapOk(k + 1) || link.lo === 'd')) {
    if (comp.cap || (!lang.stop.has(comp.lo) && comp.t.length > 3 && !INFINITIVE.test(comp.lo) && /^\p{Ll}+$/u.test(comp.t))) k += 2;
  }
  return k;
}

/** Lowercase institution heads with a capitalised complement: "ministère des Affaires étrangères", "ministerio de Economía". */
function institutionChunks(text: string, sent: Sentence, nameTok: (t: Token) => boolean): Chunk[] {
  const toks = sent.tokens;
  const out: Chunk[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i] as Token;
    // A link after it first: folding every lowercase word of the article costs more than the whole rule.
    if (head.cap || !INSTITUTION_LINKS.has(toks[i + 1]?.lo as string) || !INSTITUTION_HEADS.has(fold(head.lo))) continue;
    let k = i + 1;
    while (k < toks.length && k - i <= 2 && INSTITUTION_LINKS.has((toks[k] as Token).lo)) k++;
    if (k === i + 1 || !toks[k] || !nameTok(toks[k] as Token)) continue;
    let j = k + 1;
    while (j < toks.length && nameTok(toks[j] as Token) && onlySpace(text.slice((toks[j - 1] as Token).e, (toks[j] as Token).s))) j++;
    const adj = toks[j];
    if (adj && !adj.cap && ROMANCE_ADJ.re.test(adj.lo) && adj.t.length > 3 && onlySpace(text.slice((toks[j - 1] as Token).e, adj.s))) j++;
    const last = toks[j - 1] as Token;
    out.push({ sent, i0: i, i1: j, text: text.slice(head.s, last.e), s: head.s, e: last.e, initial: false, institution: true });
    i = j - 1;
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
  const org = (t: Token): boolean => ORG_WORDS.has(fold(t.lo));
  const and = range.findIndex((t) => /^(?:and|et|y|e|und|&)$/.test(t.lo));
  const head = range.slice(0, and);
  // "News Corporation and Fairfax", "Société Générale et Natixis": an organisation name without links before "and"
  // and no organisation word after are two names ("Center on Poverty and Inequality" is one).
  const two = and > 0 && head.some(org) && !head.some((t) => NAME_CONJ.has(t.lo) || NAME_PARTICLES.has(t.lo)) && !range.slice(and + 1).some(org);
  if (!range.some((t) => NAME_CONJ.has(t.lo)) || (range.some(org) && !two)) return [make(i, j, initial)];
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

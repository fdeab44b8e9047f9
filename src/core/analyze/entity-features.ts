// Entity features: a table of named cues per candidate — what the words around each mention say (a title, a role,
// a place preposition, an organisation noun, a speech verb, an article, the title of a work…) and what the name
// itself looks like (an acronym, a given name, an organisation word, a gazetteer hit…). entity-model.ts weighs them
// with weights fitted on the corpus (npm run train:entities).
import type { Lang } from './lang/registry';
import type { Token } from './segment';
import { type Chunk, type Vocab, nameKey, isAcronym, placeDemonym, endsIn, introNoun } from './names';
import type { Entity } from './entity-candidates';
import { hasTitle, roleAfter, roleBefore } from './entity-candidates';
import { DEMONYM, EVENT_WORDS, GENERIC_ORG_NOUNS, NAME_PARTICLES, ORG_WORDS, NON_ORG_ACRONYMS, PLACE_WORDS, PLACE_HEADS, PLACE_ACRONYMS, PLACE_STARTERS, PRODUCT_TAILS, LAW_WORDS, ARTICLES, DETERMINERS, ROLE_LINK, NAME_ARTICLES, PLURAL_DETS, ROMANCE_LANGS, fold } from './lang/common';
import { isKnownPlace } from './lang/places';
import { isKnownOrg } from './lang/orgs';
import { isFirstName } from './lang/firstnames';

/** Properties of the name itself and of its use over the document (0 or 1, except `mentions`). */
const NAME_CUES = [
  'bias', 'multi', 'long', 'acronym', 'acronymDigits', 'firstName', 'orgWord', 'placeHead', 'placeStarter', 'placeWord', 'event', 'law',
  'knownPlace', 'knownOrg', 'acronymOrg', 'acronymLower', 'placeAcronym', 'orgAcronym', 'nonOrgAcronym', 'nameLike', 'plainPerson',
  'surnameAlone', 'demonym', 'groupPlural', 'genericOrg', 'lawWord', 'productTail', 'lowerWord', 'demonymAdjective', 'mentions', 'noReal', 'allHeading',
  'givenAlone', 'partOfLonger', 'repeatedSingle', 'handPerson', 'handPlace', 'handOrg', 'capsNoun', 'nounSuffix',
  'commonWord', 'allCommon', 'demonymFirst',
] as const;

/** Cues around one mention; the feature is log2(1 + the number of mentions showing it). */
const MENTION_CUES = [
  'title', 'role', 'dateline', 'institution', 'placePrep', 'prepName', 'placeNoun', 'orgContext', 'placeAfter', 'orgList', 'singular',
  'agencyCredit', 'initialsCredit', 'speaksNext', 'speechVerb', 'pluralDet', 'work', 'article', 'articleNoun', 'webAddress', 'brand',
  'sentenceStart', 'creditLine', 'possessive', 'portfolio', 'placePrepNoun', 'placeComma', 'bracketAfterName',
  'capArticle', 'sourceBefore', 'listPrep', 'list person', 'list place',
] as const;

/** Feature names, in the order of the model's weights. */
export const FEATURES: readonly string[] = [...NAME_CUES, ...MENTION_CUES];
const AT = new Map(FEATURES.map((f, i) => [f, i]));
type Feature = (typeof NAME_CUES)[number] | (typeof MENTION_CUES)[number];
const at = (f: Feature): number => AT.get(f) as number;

/**
 * Cues by which the text itself introduces a name, with the kinds (bits of KINDS: 1 person, 2 place, 4 organisation)
 * each introduces it as: a title or role a person; a place noun, a place noun after or a dateline a place; an
 * organisation noun, a list of organisations or an institution's head an organisation; a singular article before a
 * name in -s ("le Glenvers", "pelo Corinthians") a place or an organisation; the gazetteers a known place or organisation
 * ("Sudan" said and possessed nineteen times is still a country).
 */
const INTRODUCING = ([['title', 1], ['role', 1], ['placeNoun', 2], ['placeAfter', 2], ['dateline', 2], ['orgContext', 4], ['orgList', 4], ['institution', 4], ['singular', 6], ['knownPlace', 2], ['knownOrg', 4]] as const).map(([f, k]) => [at(f), k] as const);

/** The kinds (bits, as INTRODUCING) that some mention of the candidate introduces it as (a feature vector of entityFeatures). */
export const introduced = (x: readonly number[]): number => INTRODUCING.reduce((m, [i, k]) => ((x[i] as number) > 0 ? m | k : m), 0);

/** What the features of one document need besides the candidate. */
export interface FeatureContext {
  text: (p: number) => string;
  lang: Lang;
  vocab: Vocab;
  inTitle: (c: Chunk) => boolean;
  /** Short form → its spelled-out form in the text ("" when spelled out in lowercase words). */
  acronyms: Map<string, string>;
  /** Keys of the one-word candidates (a surname used alone confirms a person). */
  singles: Set<string>;
  /** First and last words of the longer candidates ("Hollande" of "François Hollande"). */
  ends: Set<string>;
  /** The names a mention is listed with ("Pepsi, Costco and Winnebago"). */
  mates: Map<Chunk, Entity[]>;
  /** The first name of the list a later mention belongs to ("à Fouras, Marennes et Yves"). */
  heads: Map<Chunk, Chunk>;
}

/** The feature vector of a candidate (FEATURES order); also fills its cue counts by family. */
export function entityFeatures(e: Entity, ctx: FeatureContext): number[] {
  const x = new Array<number>(FEATURES.length).fill(0);
  for (const c of e.mentions) mentionCues(ctx.text(c.sent.paragraph), c, e.key, ctx, x);
  for (let i = NAME_CUES.length; i < x.length; i++) x[i] = Math.log2(1 + (x[i] as number));
  const { vocab } = ctx;
  const words = e.key.split(' ');
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  const multi = words.length > 1;
  const acronym = isAcronym(e.name);
  const bare = e.key.replace(/[.\s]/g, '');
  const long = ctx.acronyms.get(e.name);
  const set = (f: (typeof NAME_CUES)[number], yes: boolean): void => {
    if (yes) x[at(f)] = 1;
  };
  set('bias', true);
  set('multi', multi && !acronym);
  set('long', words.length > 3);
  set('acronym', acronym);
  set('acronymDigits', acronym && /\d/.test(e.name));
  set('firstName', multi && isGiven(first, ctx.lang));
  set('orgWord', words.some((w) => ORG_WORDS.has(w)));
  set('placeHead', placeHead(words));
  set('placeStarter', placeStarter(words));
  set('placeWord', multi && words.some((w) => PLACE_WORDS.has(w)));
  set('event', words.some((w) => EVENT_WORDS.has(w)));
  set('law', lawName(words, ctx.lang));
  set('knownPlace', isKnownPlace(e.key));
  set('knownOrg', isKnownOrg(e.key));
  // A short form spelled out by an organisation's name in brackets is one; spelled out in lowercase words, a common noun.
  set('acronymOrg', !!long && nameKey(long).split(' ').some((w) => ORG_WORDS.has(w)));
  set('acronymLower', long === '');
  set('placeAcronym', acronym && PLACE_ACRONYMS.has(bare));
  set('orgAcronym', acronym && !PLACE_ACRONYMS.has(bare) && !NON_ORG_ACRONYMS.has(bare) && !/^[ivxlcdm]+$|\d/.test(bare));
  set('nonOrgAcronym', NON_ORG_ACRONYMS.has(bare) || (/^\p{Lu}{2,}s$/u.test(e.name) && NON_ORG_ACRONYMS.has(bare.slice(0, -1))));
  const like = personShape(e.name);
  set('nameLike', like);
  set('plainPerson', like && plainPersonName(words, vocab, ctx.lang));
  set('surnameAlone', multi && like && ctx.singles.has(last) && plainPersonName(words, vocab, ctx.lang));
  set('demonym', placeDemonym(e.key));
  set('groupPlural', !multi && GROUP_PLURAL.test(e.key));
  set('genericOrg', !acronym && GENERIC_ORG_NOUNS.has(e.key));
  set('lawWord', LAW_WORDS.has(e.key));
  set('productTail', multi && PRODUCT_TAILS.has(last));
  set('lowerWord', !acronym && words.some((w) => vocab.lower.has(w) && !NAME_PARTICLES.has(w)));
  // "Scottish Angus", "American Wagyu": a name opening with a demonym is a breed, a dish, a group; rarely a person.
  set('demonymFirst', multi && placeDemonym(first));
  // "Israeli officials"; not "Sudan had", a known place whose ending looks like a demonym's.
  set('demonymAdjective', words.some((w) => vocab.adjective.has(w) && DEMONYM.re.test(w) && !isKnownPlace(w)));
  x[at('mentions')] = Math.log2(e.mentions.length);
  // A lone capitalised word seen only at sentence starts may be an ordinary word ("Enfin", "Désormais").
  set('noReal', e.mentions.every((c) => c.initial));
  set('allHeading', e.mentions.every((c) => c.heading));
  set('givenAlone', !multi && isGiven(first, ctx.lang));
  set('partOfLonger', !multi && ctx.ends.has(first));
  set('repeatedSingle', !multi && !acronym && e.mentions.filter((c) => !c.initial).length >= 2);
  // The kind the rules of entities.ts gave: the weights say when the cues above overrule them.
  set('handPerson', e.kind === 'person');
  set('handPlace', e.kind === 'place');
  set('handOrg', e.kind === 'org');
  // German capitalises every noun: a name there that no given name, gazetteer, acronym or cue around it vouches for
  // may be a common noun ("Angaben", "Millionen Menschen"), surely so with a noun suffix ("Abstimmung").
  const vouched = (['title', 'role', 'institution', 'orgContext', 'orgList', 'speechVerb', 'agencyCredit', 'brand', 'webAddress'] as const).some((f) => x[at(f)]);
  const nouny = ctx.lang.code === 'de' && !acronym && !vouched && !isGiven(first, ctx.lang) && !isKnownPlace(e.key) && !isKnownOrg(e.key);
  set('capsNoun', nouny);
  // Words the language writes in lowercase ("Full Stop", "Control Panel"; a given name opening the name aside: "Mark").
  const common = words.filter((w, i) => ctx.lang.common.has(w) && !(i === 0 && multi && isGiven(w, ctx.lang)));
  set('commonWord', common.length > 0);
  set('allCommon', common.length === words.length);
  set('nounSuffix', nouny && words.some((w) => NOUN_SUFFIX.test(w)));
  return x;
}

/** Counts the cues around one mention into x. */
function mentionCues(t: string, c: Chunk, key: string, ctx: FeatureContext, x: number[]): void {
  const { lang } = ctx;
  const hit = (f: Feature, yes: boolean): void => {
    if (yes) x[at(f)] = (x[at(f)] as number) + 1;
  };
  const words = nameKey(c.text).split(' ');
  const one = words.length === 1;
  hit('title', hasTitle(c, lang));
  hit('role', !!(roleBefore(t, c, lang) ?? roleAfter(t, c, lang)));
  hit('dateline', !!c.dateline);
  hit('institution', !!c.institution);
  const pc = placeCue(t, c, lang);
  // "from Alex Heath": a preposition alone does not make a two-word name a place.
  // Nor does it make a place of a person's surname used alone ("a Ocalan" after "Abdullah Ocalan").
  const plainTwo = (!one && /^\p{Lu}\p{Ll}+$/u.test(c.text.split(' ')[0] ?? '')) || (one && key.endsWith(' ' + words[0]));
  // German nouns after "in", "nach", "zu" ("nach Angaben", "in Betracht") say nothing of a place.
  const capsWord = lang.code === 'de' && one && !isAcronym(c.text);
  const noun = maybeNoun(c, lang);
  hit('placePrep', pc === 1 && !plainTwo && !noun);
  hit('placePrepNoun', pc === 1 && noun);
  hit('prepName', pc === 1 && plainTwo);
  hit('placeNoun', pc === 2);
  hit('orgContext', orgCue(t, c, lang));
  // "the Tuva region", "Royal Shrewsbury hospital": a place noun after the name.
  hit('placeAfter', placeNounAfter(t, c, lang));
  hit('orgList', orgListBefore(c, lang));
  // "pelo Corinthians": a singular article makes a name in -s one club or company, not a group of people.
  hit('singular', singularBefore(c, lang));
  // "(A.H.)" closing a paragraph: a writer's initials; "/AFP", "(Reuters)": an agency.
  const credit = one && creditCue(t, c);
  const initials = initialsAt(t, c);
  hit('agencyCredit', credit && !initials);
  hit('initialsCredit', credit && initials);
  hit('speaksNext', one && !hasTitle(c, lang) && isSpeechNext(c, lang));
  hit('speechVerb', isSpeechNext(c, lang) || isSpeechBefore(c, lang));
  // "les Français", "deux Français", "los Verdes": a plural determiner makes a single word a group noun.
  hit('pluralDet', one && /[sx]$/.test(words[0] as string) && afterPlural(c, lang) && !isKnownPlace(words[0] as string));
  // "Man on the Moon (2000)", "Vape Wave (documentaire, 1h28)", "the game Simon": the title of a work.
  hit('work', ctx.inTitle(c) || workBefore(t, c, lang) || yearAfter(t, c) || workAfter(t, c, lang));
  // "the BBC", "la CNIL"; German capitalises every noun, so there a single word after an article is a common noun.
  const art = afterArticle(c, lang);
  hit('article', art && !capsWord);
  hit('articleNoun', art && capsWord);
  const brand = brandSpelling(t, c);
  hit('webAddress', brand === 2);
  hit('brand', brand === 1);
  hit('sentenceStart', c.initial);
  hit('creditLine', creditLine(t, c));
  hit('possessive', !!(c.sent.tokens[c.i1 - 1] as Token).poss);
  hit('portfolio', portfolio(c, lang));
  hit('placeComma', placeComma(t, c));
  // "Gerhard Dörfler (FPK)": a name in brackets right after another is a party, a country, an employer (not the short
  // form of the name before).
  hit('bracketAfterName', t[c.e] === ')' && !ctx.acronyms.has(c.text) && /\p{Lu}[\p{L}.]*\s*\($/u.test(t.slice(Math.max(0, c.s - 30), c.s)));
  const toks = c.sent.tokens;
  const p = toks[c.i0 - 1];
  // "par Le Figaro", "told The Guardian": a capitalised article inside a sentence opens a title (an outlet, a work).
  hit('capArticle', !!p?.cap && c.i0 > 1 && NAME_ARTICLES.has(p.lo));
  // "selon Le Parisien", "according to Statista", "laut Spiegel": the source of a statement.
  let k = c.i0 - 1;
  if (NAME_ARTICLES.has(toks[k]?.lo as string)) k--;
  const e = toks[k]?.e ?? -1;
  const before = e >= 0 ? fold(' ' + t.slice(Math.max(0, e - 30), e)) : '';
  hit('sourceBefore', e >= 0 && lang.source.some((w) => before.endsWith(' ' + w)));
  // A place preposition before the first name of the list ("à Fouras, Marennes et Yves").
  const head = ctx.heads.get(c);
  hit('listPrep', !!head && placeCue(t, head, lang) === 1);
  // The rules' kind of the names listed with this one, when a person or a place (lists of names the rules call
  // organisations hold products and common nouns as often: "Internet, Learning, Media").
  for (const m of ctx.mates.get(c) ?? []) hit(`list ${m.kind}` as Feature, m.kind === 'person' || m.kind === 'place');
}

/**
 * "SmartAsset.com" 2, "AgileBits", "SpaceX" 1: one word spelled as a web address or a brand, which makes a company (not
 * with a model number after it, a product; nor a handle or a common acronym); 0 otherwise.
 */
export function brandSpelling(t: string, c: Chunk): 0 | 1 | 2 {
  if (c.text.includes(' ') || productNext(t, c) || NON_ORG_ACRONYMS.has(nameKey(c.text)) || t[c.s - 1] === '@') return 0;
  return /\.(?:com|org|net|fr|de|es|it|pt|io)$/i.test(c.text) ? 2 : CAMEL.test(c.text) || /\p{Ll}\p{Lu}+$|^\p{Lu}{3,}\p{Ll}{3}/u.test(c.text) ? 1 : 0;
}

/** The head noun decides between a place and an organisation word ("Times Square", "New York Times"). */
export const placeHead = (words: string[]): boolean => words.length > 1 && PLACE_WORDS.has(words[words.length - 1] as string) && !ORG_WORDS.has(words[words.length - 1] as string);

/** "New York", "Los Angeles": a place starter opening a longer name. */
export const placeStarter = (words: string[]): boolean => words.length > 1 && PLACE_STARTERS.has(words[0] as string) && !PLACE_WORDS.has(words[0] as string);

/** Laws are named by their head: last word ("Investment Company Act"), or first in Romance order ("Ley de Medios"). */
export const lawName = (words: string[], lang: Lang): boolean =>
  words.length > 1 && (LAW_WORDS.has(words[words.length - 1] as string) || (LAW_WORDS.has(words[0] as string) && !isGiven(words[0] as string, lang)));

/** An organisation noun before or after the name, in an apposition, or an employer's link after a role. */
export const orgCue = (t: string, c: Chunk, lang: Lang): boolean => orgFollows(t, c, lang) || orgPrecedes(t, c, lang) || apposedOrg(t, c, lang) || employerBefore(c, lang);

/** "the Tuva region", "Royal Shrewsbury hospital": a lowercase place noun right after the name. */
export function placeNounAfter(t: string, c: Chunk, lang: Lang): boolean {
  const n = c.sent.tokens[c.i1];
  return !!n && !n.cap && lang.placeAfter.has(n.lo) && /^\s$/.test(t.slice(c.e, n.s));
}

/** "pelo Corinthians": a singular article makes a name in -s one club or company, not a group of people. */
export function singularBefore(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  return !!p && !p.cap && lang.singular.has(p.lo);
}

/** "(A.H.)", "A.H.": a writer's initials. */
export const initialsAt = (t: string, c: Chunk): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(c.text + (t[c.e] === '.' ? '.' : ''));

/** A state's abbreviation ("Calif.", "Colo.", "NJ") or a known place. */
const placeLike = (s: string): boolean => /^\p{Lu}\p{Ll}{1,4}\.$|^\p{Lu}{2}$/u.test(s) || isKnownPlace(nameKey(s));

/** "Aurora, Colo.", "Kobe, Japan", "Saginaw, Mich.": a town before a comma and its state or country, and that state. */
function placeComma(t: string, c: Chunk): boolean {
  const after = /^,\s*(\p{Lu}[\p{L}]*\.?)(?=[\s,;)]|$)/u.exec(t.slice(c.e, c.e + 24));
  if (after && placeLike(after[1] as string)) return true;
  const own = c.text + (t[c.e] === '.' ? '.' : '');
  return /\p{Lu}\p{Ll}+,\s*$/u.test(t.slice(Math.max(0, c.s - 24), c.s)) && placeLike(own) && !/^\p{Lu}\p{Ll}+$/u.test(own);
}

/** "ministre de la Défense", "Secretary of State": a capitalised word after a role and its link completes the role (an employer aside). */
function portfolio(c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  let k = c.i0 - 1;
  if (toks[k] && ARTICLES.has((toks[k] as Token).lo)) k--;
  const link = toks[k];
  const role = toks[k - 1];
  return !!link && !!role && ROLE_LINK.has(link.lo) && lang.roles.has(role.lo) && !employerBefore(c, lang);
}

/** Group nouns in the plural ("Palestinians", "Islamists", "Republicans"): not names of one organisation. */
export const GROUP_PLURAL = /(?:ians|ans|ists|ites|ais|ois|iens|ers)$/;

/** German noun endings (accent-free): "-ung", "-heit", "-keit", "-schaft", "-tion", "-tat", "-ismus", with plurals. */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tat|ismus|nis)(?:en|e)?$/;

/** One capitalised word of a language that capitalises its nouns, no acronym and no known place: maybe a common noun. */
export function maybeNoun(c: Chunk, lang: Lang): boolean {
  return lang.code === 'de' && !c.text.includes(' ') && !isAcronym(c.text) && !isKnownPlace(nameKey(c.text));
}

/** A common given name (accent-free, lowercase): the shared list (firstnames.ts) or the language's own (data `given`). */
export const isGiven = (w: string, lang: Lang): boolean => isFirstName(w) || lang.given.has(w);

/** Words a personal name is made of: capitalised letters only (initials allowed), no digits or all-caps parts, at most four. */
export function personShape(name: string): boolean {
  const parts = name.split(/\s+/);
  return parts.length <= 4 && parts.every(
    (w) =>
      /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(w) ||
      (/^[\p{L}'’\u00ad-]+$/u.test(w) && !w.split(/[-‐]/).some((y) => y.length > 1 && y === y.toUpperCase()) && !CAMEL.test(w) && !/^\p{Lu}{2,}\p{Ll}/u.test(w)),
  );
}

/**
 * A personal name has none of the article's ordinary words ("Temple Run", "Data Retention Bill"), no country ("British
 * Bill") and no demonym ("Arab Israeli"), unless it opens with a given name ("George Washington").
 */
export function plainPersonName(words: string[], vocab: Vocab, lang: Lang): boolean {
  if (words.length > 1 && isGiven(words[0] as string, lang) && !vocab.lower.has(words[0] as string)) return true;
  return words.every((w) => NAME_PARTICLES.has(w) || (!vocab.lower.has(w) && !isKnownPlace(w) && !ORG_WORDS.has(w) && !(vocab.adjective.has(w) && DEMONYM.re.test(w))));
}

/** 0: no place cue; 1: a place preposition before ("in Harare"); 2: a place noun before ("la ville de Mossoul"). */
export function placeCue(text: string, c: Chunk, lang: Lang): 0 | 1 | 2 {
  const toks = c.sent.tokens;
  let i = c.i0 - 1;
  let prev = toks[i];
  if (!prev) return 0;
  if (!onlySpaceBetween(text, prev, c.s)) return 0;
  if (introNoun(prev, lang) === 2) return 2; // "Gemeinde Ferlach"
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

/**
 * "rescue group Project Jonah", "la société Airbus", "ruling Zanu-PF", "Privatsender ATV": an organisation word right
 * before the name, or before the capitalised article opening its title ("le journal La Montagne").
 */
export function orgPrecedes(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  const a = toks[c.i0 - 1];
  const i = c.i0 - (a?.cap && c.i0 > 1 && NAME_ARTICLES.has(a.lo) ? 2 : 1);
  const p = toks[i];
  return !!p && (p.cap ? introNoun(p, lang) === 1 : lang.orgBefore.has(fold(p.lo).replace(/^.*-/, ''))) && /^\s$/.test(text.slice(p.e, (toks[i + 1] as Token).s));
}

/**
 * "Amnesty International, a London-based rights group", "Ennahda, un parti islamiste", "Ver.di, eine Gewerkschaft":
 * an apposition whose head noun (last word in English and German, first in the Romance languages) is an organisation's.
 */
export function apposedOrg(text: string, c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  const art = toks[c.i1];
  // A determiner opens the apposition ("Ennahda, a party …", "Ennahda, un parti …").
  if (!art || !/^\s*,\s*$/.test(text.slice(c.e, art.s)) || !DETERMINERS.has(art.lo)) return false;
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

/** A lowercase organisation noun of the language; in German, a capitalised compound ending in one ("Nachrichtenagentur"). */
function orgNoun(t: Token, lang: Lang): boolean {
  const w = fold(t.lo);
  if (lang.code === 'de') return endsIn(w, [...lang.orgAfter, ...lang.orgBefore]);
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
  return !!p && !p.cap && (PLURAL_DETS.has(p.lo) || (lang.numbers.get(p.lo) ?? 0) > 1 || /^\d+$/.test(p.t));
}

/** "Kevin Frayer/Getty Images", "Photo by Jane Doe": a name in a credit. */
export function creditLine(text: string, c: Chunk): boolean {
  return text[c.e] === '/' || /(?:\bby|\bpar|\bpor|\bvon|\bdi|Credit|Crédit|Crédito|Foto|Photo)\s*$/.test(text.slice(Math.max(0, c.s - 10), c.s));
}

/** A year in brackets right after the name dates a work. */
export function yearAfter(text: string, c: Chunk): boolean {
  return /^\s*[(,]\s*(?:1[89]|20)\d\d\s*\)/.test(text.slice(c.e, c.e + 10));
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
export function afterArticle(c: Chunk, lang: Lang): boolean {
  const p = c.sent.tokens[c.i0 - 1];
  // "a" is an article in English and Portuguese, a preposition in Spanish, Italian and French ("a Ocalan").
  if (p?.lo === 'a' && !/^(?:en|pt)$/.test(lang.code)) return false;
  return !!p && (!p.cap || c.i0 === 1) && NAME_ARTICLES.has(p.lo);
}

/** An inner capital after lowercase letters marks a brand ("PlayStation", "FaceTime"), except surname prefixes ("McDonald", "DeSantis"). */
export const CAMEL = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{Lu}?\p{Ll}+\p{Lu}/u;


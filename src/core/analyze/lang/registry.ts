// Language registry: word lists arrive per language (a packaged JSON file in the extension, all of them at once in
// Node) and are parsed into lookup structures on first use of that language only. The name tables all full languages
// share arrive once, as lang/data/common.json, and fill the tables of common.ts, places.ts, orgs.ts and firstnames.ts.
import type { CommonData, CommonField, LangData } from './types';
import { PROFILES } from './profiles';
import {
  ADDRESSEE, PERSON_NOUNS, ARTICLES, CODE, DEMONYM, PATTERNS, DETERMINERS, EVENT_WORDS, IMAGINED, NAMING, GENERIC_ORG_NOUNS, INSTITUTION_HEADS, INSTITUTION_LINKS, LAW_WORDS, NAME_ARTICLES, NAME_CONJ, NAME_PARTICLES, PLURAL_DETS, ROMANCE_ADJ,
  NON_ORG_ACRONYMS, ORG_WORDS, PLACE_ACRONYMS, PLACE_HEADS, PLACE_STARTERS, PLACE_WORDS, PRODUCT_TAILS, ROLE_END, ROLE_LINK, fold,
} from './common';
import { KNOWN_PLACES } from './places';
import { KNOWN_ORGS } from './orgs';
import { GIVEN_NAMES } from './firstnames';

/** A language's lists as lookup structures. */
export interface Lang {
  code: string;
  /** True when the language has speech verbs, months etc. (facts and quotations are mined). */
  full: boolean;
  stop: Set<string>;
  speech: Set<string>;
  source: string[];
  titles: Set<string>;
  roles: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  scales: Map<string, number>;
  relDays: Map<string, number>;
  next: Set<string>;
  pronouns: Set<string>;
  placePreps: Set<string>;
  abbrev: Set<string>;
  percent: string[];
  boiler: string[];
  /** Currency words of this language (beside the shared ones in common.ts) → ISO code. */
  currencies: Map<string, string>;
  orgBefore: Set<string>;
  orgAfter: Set<string>;
  placeAfter: Set<string>;
  singular: Set<string>;
  employer: Set<string>;
  workNouns: Set<string>;
  orgPlurals: Set<string>;
  common: Set<string>;
  examples: Set<string>;
  /** Written in a script without letter case: names are found by caseless.ts, not by capitals. */
  caseless: boolean;
  given: Set<string>;
  particles: Set<string>;
  article: string[];
  clitics: string[];
  /** Speaker model (attribution-model.ts): threshold then one weight per feature; null keeps the hand rules. */
  speakerModel: number[] | null;
  /** Entity model (entity-model.ts): thresholds then weights per kind; null uses the shared one. */
  entityModel: number[] | null;
}

const words = (s: string | undefined): string[] => (s ? s.split(' ').filter(Boolean) : []);

/** "one:1 two:2" → Map ("_" joins two words). */
function labels(s: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const w of words(s)) {
    const i = w.lastIndexOf(':');
    m.set(w.slice(0, i).replace(/_/g, ' '), w.slice(i + 1));
  }
  return m;
}

const pairs = (s: string | undefined): Map<string, number> => new Map([...labels(s)].map(([k, v]) => [k, Number(v)]));

/** "january/jan february/feb" → word → index ("_" joins a two-word name: "كانون_الثاني"). */
function indexed(s: string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  words(s).forEach((alts, i) => alts.split('/').forEach((a) => m.set(a.replace(/_/g, ' '), i)));
  return m;
}

/** German compounds end in their head noun: a word ending in a role is one ("Innenministerin", "SPD-Politiker"). */
class Heads extends Set<string> {
  override has(w: string): boolean {
    for (let k = 0; k < w.length - 3; k++) if (super.has(w.slice(k))) return true;
    return false;
  }
}

/** The LangData fields that become plain word sets, filled by `build` in one loop. */
const SET_FIELDS = [
  'stop', 'speech', 'titles', 'next', 'pronouns', 'placePreps', 'abbrev', 'orgBefore', 'orgAfter', 'placeAfter',
  'singular', 'employer', 'workNouns', 'orgPlurals', 'common', 'given', 'particles',
] as const satisfies readonly (keyof LangData & keyof Lang)[];

/** Every field a data file may hold (loader.ts rejects any other). */
export const LANG_FIELDS: readonly string[] = [
  ...SET_FIELDS, 'code', 'source', 'roles', 'months', 'weekdays', 'numbers', 'scales', 'relDays', 'percent', 'boiler',
  'currencies', 'examples', 'article', 'clitics', 'speakerModel', 'entityModel',
] satisfies readonly (keyof LangData)[];

const bars = (s: string | undefined): string[] => (s ? s.split('|') : []);
const weights = (s: string | undefined): number[] | null => (s ? words(s).map(Number) : null);

function build(d: LangData): Lang {
  const l = {
    code: d.code,
    // Facts and quotations need the shared name tables as well as the language's own lists.
    full: !!d.speech && commonRegistered,
    source: bars(d.source),
    roles: new (d.code === 'de' ? Heads : Set<string>)(words(d.roles)),
    months: indexed(d.months),
    weekdays: indexed(d.weekdays),
    numbers: pairs(d.numbers),
    scales: pairs(d.scales),
    relDays: pairs(d.relDays),
    percent: bars(d.percent),
    boiler: bars(d.boiler),
    currencies: labels(d.currencies),
    examples: new Set(words(d.examples).map((w) => w.replace(/_/g, ' '))),
    // Function words with neither lower- nor uppercase letters: the script has no case.
    caseless: /\p{L}/u.test(d.stop) && !/[\p{Ll}\p{Lu}]/u.test(d.stop),
    article: words(d.article),
    clitics: words(d.clitics),
    speakerModel: weights(d.speakerModel),
    entityModel: weights(d.entityModel),
  } as Lang;
  for (const f of SET_FIELDS) l[f] = new Set(words(d[f]));
  return l;
}

const registered = new Map<string, LangData>();
const cache = new Map<string, Lang>();
let commonRegistered = false;

/**
 * The table each field of common.json fills: words split on spaces, or on "|" for multi-word names, and either kept
 * as they are or compared as accent-free name keys (folded).
 */
const COMMON_TABLES: Readonly<Record<Exclude<CommonField, 'givenMale' | 'givenFemale' | 'givenEither' | 'naming' | 'imagined' | 'demonym' | 'code' | 'romanceAdj' | 'patterns'>, readonly [Set<string>, ' ' | '|', 'fold'?]>> = {
  nameParticles: [NAME_PARTICLES, ' '],
  nameConj: [NAME_CONJ, ' '],
  orgWords: [ORG_WORDS, ' ', 'fold'],
  nonOrgAcronyms: [NON_ORG_ACRONYMS, ' ', 'fold'],
  eventWords: [EVENT_WORDS, ' ', 'fold'],
  placeWords: [PLACE_WORDS, ' ', 'fold'],
  placeHeads: [PLACE_HEADS, ' ', 'fold'],
  placeAcronyms: [PLACE_ACRONYMS, ' ', 'fold'],
  roleEnd: [ROLE_END, ' '],
  roleLink: [ROLE_LINK, ' '],
  articles: [ARTICLES, ' '],
  determiners: [DETERMINERS, ' '],
  nameArticles: [NAME_ARTICLES, ' '],
  pluralDets: [PLURAL_DETS, ' '],
  addressee: [ADDRESSEE, ' '],
  personNouns: [PERSON_NOUNS, ' '],
  placeStarters: [PLACE_STARTERS, ' '],
  productTails: [PRODUCT_TAILS, ' ', 'fold'],
  lawWords: [LAW_WORDS, ' ', 'fold'],
  institutionHeads: [INSTITUTION_HEADS, ' ', 'fold'],
  institutionLinks: [INSTITUTION_LINKS, ' '],
  genericOrgNouns: [GENERIC_ORG_NOUNS, ' ', 'fold'],
  places: [KNOWN_PLACES, '|'],
  orgs: [KNOWN_ORGS, '|'],
};

/** Given names by gender, in the order they fill GIVEN_NAMES (a later list wins for a name in two). */
const GIVEN: readonly [CommonField, 'm' | 'f' | '?'][] = [['givenMale', 'm'], ['givenFemale', 'f'], ['givenEither', '?']];

/** Every field of common.json. */
export const COMMON_FIELDS: readonly CommonField[] = [...Object.keys(COMMON_TABLES) as CommonField[], ...GIVEN.map(([f]) => f), 'naming', 'imagined', 'demonym', 'code', 'romanceAdj', 'patterns'];

/** Fills the shared name tables (replacing any earlier ones); languages registered before become full from now on. */
export function registerCommon(d: CommonData): void {
  for (const [field, [table, separator, key]] of Object.entries(COMMON_TABLES)) {
    table.clear();
    for (const w of d[field as CommonField].split(separator)) table.add(key ? fold(w) : w);
  }
  GIVEN_NAMES.clear();
  for (const [field, gender] of GIVEN) for (const n of d[field].split(' ')) GIVEN_NAMES.set(n, gender);
  NAMING.re = new RegExp(d.naming, 'iu');
  IMAGINED.re = new RegExp(d.imagined, 'iu');
  DEMONYM.re = new RegExp(d.demonym, 'u');
  CODE.re = new RegExp(d.code, 'u');
  ROMANCE_ADJ.re = new RegExp(d.romanceAdj, 'u');
  for (const line of d.patterns.split('\n')) {
    const [name, flags] = line.split(' ', 2) as [keyof typeof PATTERNS, string];
    PATTERNS[name] = new RegExp(line.slice(name.length + flags.length + 2), flags);
  }
  commonRegistered = true;
  cache.clear();
}

/** True once the shared name tables have been registered. */
export function hasCommon(): boolean {
  return commonRegistered;
}

/** Makes a language's lists available to the engine (replacing any earlier ones for that code). */
export function registerLang(...data: LangData[]): void {
  for (const d of data) {
    registered.set(d.code, d);
    cache.delete(d.code);
  }
}

/** True when a language's full lists have been registered. */
export function hasLang(code: string): boolean {
  return registered.has(code);
}

/** The parsed lists for a language code; without registered lists, its detection profile as stopwords only. */
export function getLang(code: string): Lang {
  let l = cache.get(code);
  if (!l) {
    l = build(registered.get(code) ?? { code, stop: Object.hasOwn(PROFILES, code) ? (PROFILES[code] as string) : '' });
    cache.set(code, l);
  }
  return l;
}

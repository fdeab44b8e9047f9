// Shape of one language's data file, lang/data/<code>.json (word lists kept as compact space-separated strings).

export interface LangData {
  code: string;
  /** Function words: ignored by the summary's similarity and never part of a name. */
  stop: string;
  /** Inflected speech-verb forms (lowercase) that attribute a quotation. */
  speech?: string;
  /** Phrases that introduce a source before its name ("according to X"), separated by "|". */
  source?: string;
  /** Honorifics written before a person's name (lowercase, no dot). */
  titles?: string;
  /** Role nouns (lowercase) that name a person by function ("the minister"). */
  roles?: string;
  /** Twelve month names, January first; alternatives joined by "/". */
  months?: string;
  /** Seven weekday names, Monday first; alternatives joined by "/". */
  weekdays?: string;
  /** Number words as word:value. */
  numbers?: string;
  /** Multipliers as word:value ("million:1e6"). */
  scales?: string;
  /** Relative day words as word:offset ("yesterday:-1"). */
  relDays?: string;
  /** Words that point a bare weekday forward ("next Monday", "lundi prochain"); without one it is the last such day. */
  next?: string;
  /** Fitted speaker model written by `npm run train:quotes`: the confidence threshold, then the feature weights. */
  speakerModel?: string;
  /** Fitted entity model written by `npm run train:entities`: thresholds per kind, then each kind's feature weights. */
  entityModel?: string;
  /** Subject pronouns that can stand for a speaker. */
  pronouns?: string;
  /** Prepositions that put a following proper name in a place. */
  placePreps?: string;
  /** Abbreviations (lowercase, no final dot) after which a sentence does not end. */
  abbrev?: string;
  /** Words for "percent". */
  percent?: string;
  /** Words announcing a byline ("By X"), a caption credit or a cross-reference ("Read more"). */
  boiler?: string;
  // Organisation and place cues around a capitalised name (lowercase words; the shared lists are in common.ts).
  /** Words right before a name that make it an organisation ("ruling Zanu-PF", "website Snopes.com"). */
  orgBefore?: string;
  /** Organisation nouns that, after a name and at most one modifier, make it an organisation ("Interfax news agency"). */
  orgAfter?: string;
  /** Place nouns right after a name that make it a place ("the Tuva region", "Royal Shrewsbury hospital"). */
  placeAfter?: string;
  /** Singular articles: before a name ending in -s they show one team or company, not a group ("pelo Corinthians"). */
  singular?: string;
  /** Links after a lowercase role that name the employer, not the portfolio ("reporter for Breitbart Tech"). */
  employer?: string;
  /** Nouns right before the title of a work ("the game Simon", "la série Alphonse Président"), accent-free. */
  workNouns?: string;
  /** Words running text writes in lowercase (accent-free; tests/bench/entities/common-words.mjs): not name words. */
  common?: string;
  /** Plural organisation nouns that introduce examples ("companies such as X"), accent-free. */
  orgPlurals?: string;
  /** Links between such a noun and the examples ("_" joins two words: "such_as"). */
  examples?: string;
  /** Currency words as word:ISO code ("_" joins a word and its country: "دينار_كويتي:KWD"); any other code is shown as is. */
  currencies?: string;
  // Scripts without capitals (Arabic, Hebrew, Persian): what stands in for a capital letter at a name.
  /** Common given names: a name may start at one. */
  given?: string;
  /** Words that join the next word into a name ("عبد", "أبو", "بن"; "los" in "Partido de los Trabajadores"). */
  particles?: string;
  /** Definite-article prefixes, the bare article first ("ال وال بال …"): such a word rarely starts a name. */
  article?: string;
  /** One-letter prefixes glued to words (conjunctions, prepositions), stripped to find a role or verb. */
  clitics?: string;
}

/**
 * Shape of lang/data/common.json: the name tables every full language shares, as space-separated words ("|" between
 * the multi-word names of `places` and `orgs`). Each table is described where it is declared (common.ts, places.ts,
 * orgs.ts, firstnames.ts); registry.ts says which field fills which.
 */
export type CommonData = Readonly<Record<CommonField, string>>;

export type CommonField =
  | 'nameParticles' | 'nameConj' | 'orgWords' | 'nonOrgAcronyms' | 'eventWords' | 'placeWords' | 'placeHeads'
  | 'placeAcronyms' | 'roleEnd' | 'roleLink' | 'articles' | 'nameArticles' | 'pluralDets' | 'placeStarters' | 'productTails' | 'lawWords'
  | 'institutionHeads' | 'institutionLinks' | 'genericOrgNouns' | 'places' | 'orgs' | 'givenMale' | 'givenFemale'
  | 'givenEither' | 'determiners' | 'naming' | 'imagined' | 'demonym' | 'code' | 'addressee' | 'romanceAdj' | 'personNouns' | 'patterns';

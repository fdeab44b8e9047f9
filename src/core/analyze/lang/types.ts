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
}

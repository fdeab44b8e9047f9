// Public types of the language engine: the input it takes and the digest it returns.
import type { Candidate } from './attribution-features';
import type { Attribution } from './attribution-model';
import type { EntityOptions } from './entities';
import type { KindOptions } from './quote-kind';

/** The extracted article handed to the engine. */
export interface AnalyzeInput {
  /** Article body blocks in order (title and standfirst not included). */
  paragraphs: string[];
  title?: string;
  excerpt?: string;
  /** Language hint from the page (BCP 47); may be wrong or empty. */
  lang?: string;
  /** ISO 8601; anchors relative and partial dates. */
  published?: string | null;
  /** Figure captions and credits: never used as summary sentences. */
  captions?: string[];
}

/** Points back to the sentence a fact was taken from (offsets within paragraphs[paragraph]). */
export interface Ref {
  paragraph: number;
  start: number;
  end: number;
}

export interface Fact {
  text: string;
  mentions: number;
  ref: Ref;
}

export interface Person {
  name: string;
  role?: string;
  mentions: number;
  ref: Ref;
}

export interface Organisation extends Fact {
  aliases: string[];
}

export interface DateFact extends Fact {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
}

export interface Figure extends Fact {
  value: number;
  unit?: string;
  /** What the number counts ("ministres de la Défense"). */
  counts?: string;
  kind: 'count' | 'money' | 'percent' | 'measure';
}

export interface SummarySentence {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Quote {
  /** Exactly paragraphs[paragraph].slice(start, end): the quoted words without the quote marks. */
  text: string;
  speaker: string | null;
  role?: string;
  paragraph: number;
  start: number;
  end: number;
  /** Span including the quote marks (for readers that keep the original marks). */
  outerStart: number;
  outerEnd: number;
  confidence: number;
}

export interface Digest {
  lang: string;
  langSource: 'page' | 'text' | 'page+text' | 'unknown';
  summary: SummarySentence[];
  facts: {
    people: Person[];
    places: Fact[];
    organisations: Organisation[];
    dates: DateFact[];
    figures: Figure[];
  };
  quotes: Quote[];
  stats: { sentences: number; words: number; ms: number };
}

export interface AnalyzeOptions {
  /** Clock for stats.ms and for resolving relative dates when the article has no publish date. */
  now?: Date;
  /** The language articleLang() already chose for this input (the extension chooses first, to load its lists). */
  lang?: { lang: string; langSource: Digest['langSource'] };
  /** Called with each quotation and its candidate speakers (the speaker model's trainer; nothing else needs it). */
  speakerTrace?: (quote: Quote, candidates: Candidate[]) => void;
  /**
   * The speaker model's code (attribution-model.ts ATTRIBUTION), passed in rather than imported so the core stays
   * within its size budget while the hand rules decide; without it the language's speaker weights are not used.
   */
  attribution?: Attribution;
  /** Entity weights and a trace of the candidates' features (the entity model's trainer; nothing else needs them). */
  entities?: EntityOptions;
  /** Quote-or-term weights and a trace of every quoted span's features (the span model's trainer; nothing else needs them). */
  quoteKind?: KindOptions;
}

// What the speaker finders (quotes.ts, caselessquotes.ts) share: the article they read and the speaker they return.
import type { Entity } from './entities';
import type { Quote } from './types';
import type { ArticleView, Candidate } from './attribution-features';
import type { Attribution } from './attribution-model';
import type { KindOptions } from './quote-kind';

export interface QuoteContext extends ArticleView {
  /** Sees every quotation with its candidate speakers (the trainer's hook). */
  trace?: (quote: Quote, candidates: Candidate[]) => void;
  /** The speaker model's code; the language's weights are used only when it is given. */
  attribution?: Attribution;
  /** Another quote-or-term model and a trace of its features (the span model's trainer; nothing else needs them). */
  quoteKind?: KindOptions;
}

export interface Speaker {
  entity: Entity | null;
  confidence: number;
  role?: string;
}

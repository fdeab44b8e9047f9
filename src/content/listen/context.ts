// The meeting point of the content script and the speech script (listen.js, injected on first use into the same
// isolated world): what a reader session hands over, and the one function listen.js leaves behind.
import type { RevealTarget } from '../../common/messages';
import type { Segment } from '../../core/read';

/** Where listen.js puts its entry point; the content script finds it there (types only: no code in content.js). */
export const LISTEN_KEY = Symbol.for('readlens.listen');

/** A reader session as the speech script sees it. */
export interface ListenContext {
  /** The reader's scrolling dialog, in its shadow root; its <article> holds the header (title, byline) and body. */
  dialog: HTMLElement;
  /** The body's segments now: quotation highlighting splits text nodes, so they are taken afresh each time. */
  segments(): Segment[];
  /** Aborted when the reader closes. */
  signal: AbortSignal;
}

/** `on`: true starts (or keeps) listening, false stops, undefined toggles; `at` starts at that sentence. */
export interface ListenCommand {
  on?: boolean;
  at?: RevealTarget;
}

/** listen.js's entry point: runs a command on a reader session and answers whether it is listening now. */
export type ListenEntry = (context: ListenContext, command: ListenCommand) => boolean;

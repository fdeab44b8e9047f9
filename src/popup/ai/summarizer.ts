// Adapter over Chrome's built-in Summarizer API (Writing Assistance APIs) behind a small interface the popup can fake.
import { baseLang, downloadMonitor, readAvailability } from './built-in';

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface AiSummaryRequest {
  /** The article text to summarise. */
  text: string;
  /** BCP 47 language of the article; the summary is asked in the same language. */
  lang: string;
  signal: AbortSignal;
  /** Model download progress, 0…1 (only called when the model is not on the device yet). */
  onDownload?: (fraction: number) => void;
  /** The summary so far, after each streamed chunk. */
  onText?: (textSoFar: string) => void;
}

export interface OnDeviceSummarizer {
  availability(lang: string): Promise<AiAvailability>;
  /** Must be called from a user gesture (the API requires transient activation to create a session). */
  summarize(request: AiSummaryRequest): Promise<string>;
}

/** The slice of the Summarizer API this adapter uses (see the WICG Writing Assistance APIs). */
interface SummarizerOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
  signal?: AbortSignal;
  monitor?: (monitor: EventTarget) => void;
}

interface SummarizerSession {
  summarizeStreaming(input: string, options?: { signal?: AbortSignal; context?: string }): ReadableStream<string>;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}

export interface SummarizerStatic {
  availability(options?: SummarizerOptions): Promise<AiAvailability>;
  create(options?: SummarizerOptions): Promise<SummarizerSession>;
}



/** What we ask for: short key points in plain text, in the article's language. */
function optionsFor(lang: string): SummarizerOptions {
  const l = baseLang(lang) || 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [l],
    expectedContextLanguages: [l],
    outputLanguage: l,
  };
}

/** Keep the input within the session's quota (measured when the API can), cutting at a paragraph break. */
async function fitInput(session: SummarizerSession, text: string, signal: AbortSignal): Promise<string> {
  if (typeof session.measureInputUsage !== 'function' || typeof session.inputQuota !== 'number' || !Number.isFinite(session.inputQuota)) return text;
  let input = text;
  for (let tries = 0; tries < 4; tries++) {
    const usage = await session.measureInputUsage(input, { signal });
    if (usage <= session.inputQuota) return input;
    const keep = Math.floor(input.length * (session.inputQuota / usage) * 0.9);
    const cut = input.lastIndexOf('\n', keep);
    input = input.slice(0, cut > keep / 2 ? cut : keep);
  }
  return input;
}

/**
 * The built-in Summarizer of `scope` (globalThis in the popup), or null where the browser has none.
 * Every failure of availability() reads as 'unavailable', so callers can simply hide the action.
 */
export function builtInSummarizer(scope: object = globalThis): OnDeviceSummarizer | null {
  const api = (scope as { Summarizer?: SummarizerStatic }).Summarizer;
  if (!api || typeof api.availability !== 'function' || typeof api.create !== 'function') return null;
  return {
    availability: (lang) => readAvailability(lang, () => api.availability(optionsFor(lang))),
    async summarize({ text, lang, signal, onDownload, onText }) {
      // create() first, before any other await, while the click's user activation is fresh.
      const session = await api.create({
        ...optionsFor(lang),
        sharedContext: 'A news article, summarised for a reader deciding whether to read it.',
        signal,
        monitor: downloadMonitor(onDownload),
      });
      try {
        const input = await fitInput(session, text, signal);
        const reader = session.summarizeStreaming(input, { signal }).getReader();
        let sofar = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (typeof value !== 'string' || value === '') continue;
          // Early Chrome builds streamed the whole text so far in each chunk; current ones stream deltas.
          sofar = sofar !== '' && value.startsWith(sofar) ? value : sofar + value;
          onText?.(sofar);
        }
        return sofar;
      } finally {
        session.destroy();
      }
    },
  };
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

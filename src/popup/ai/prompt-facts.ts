// Adapter over Chrome's built-in Prompt API (LanguageModel) that asks for the article's facts as JSON, behind a small interface the popup can fake.
import { FACTS_SCHEMA, parseAiFacts, type AiFacts } from './ai-facts';
import type { AiAvailability } from './summarizer';
import { baseLang, downloadMonitor, readAvailability } from './built-in';

export interface AiFactsRequest {
  /** The article text (paragraphs separated by blank lines). */
  text: string;
  /** BCP 47 language of the article: the model reads and answers in it. */
  lang: string;
  signal: AbortSignal;
  /** Model download progress, 0…1 (only called when the model is not on the device yet). */
  onDownload?: (fraction: number) => void;
  /** Called once the session exists and the model starts reading. */
  onThinking?: () => void;
}

export interface OnDeviceFactFinder {
  availability(lang: string): Promise<AiAvailability>;
  /** Must be called from a user gesture (creating a session needs the click's activation when the model is not loaded). */
  findFacts(request: AiFactsRequest): Promise<AiFacts>;
}

/** The slice of the Prompt API this adapter uses (webmachinelearning/prompt-api). */
interface Expected {
  type: 'text';
  languages?: string[];
}
interface CreateOptions {
  expectedInputs?: Expected[];
  expectedOutputs?: Expected[];
  initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
  signal?: AbortSignal;
  monitor?: (monitor: EventTarget) => void;
}
interface PromptOptions {
  responseConstraint?: object;
  signal?: AbortSignal;
}
interface LanguageModelSession {
  prompt(input: string, options?: PromptOptions): Promise<string>;
  /** Current spec: the context window and what is used of it. */
  measureContextUsage?(input: string, options?: PromptOptions): Promise<number>;
  readonly contextWindow?: number;
  readonly contextUsage?: number;
  /** Older builds (still in extension contexts): the same idea under other names. */
  measureInputUsage?(input: string, options?: PromptOptions): Promise<number>;
  readonly inputQuota?: number;
  readonly inputUsage?: number;
  destroy(): void;
}
export interface LanguageModelStatic {
  availability(options?: Omit<CreateOptions, 'signal' | 'monitor' | 'initialPrompts'>): Promise<AiAvailability>;
  create(options?: CreateOptions): Promise<LanguageModelSession>;
}


/** The system prompt is English; the article and the answer are in the article's language. */
function languagesFor(lang: string): Pick<CreateOptions, 'expectedInputs' | 'expectedOutputs'> {
  const l = baseLang(lang) || 'en';
  return {
    expectedInputs: [{ type: 'text', languages: l === 'en' ? ['en'] : ['en', l] }],
    expectedOutputs: [{ type: 'text', languages: [l] }],
  };
}

/** Why each instruction: the answer is checked word for word against the article, so paraphrase would be thrown away. */
const SYSTEM_PROMPT = [
  'You list the key facts of a news article.',
  'Copy every name, date and number exactly as the article writes it, in the article language; never translate, explain or add anything the article does not say.',
  'people: named persons, with their role or title when the article gives it.',
  'places: named places. organisations: named bodies, companies, parties, armed groups.',
  'dates: dates as written, with an ISO 8601 form (YYYY-MM-DD, YYYY-MM or YYYY) when the text makes it certain.',
  'figures: numbers as written, with what they count.',
  'Leave a list empty rather than guess.',
].join('\n');

const promptFor = (text: string): string => `Article:\n\n${text}`;

/** Share of the context left free for the answer (the JSON of facts), and its floor in tokens. */
const ANSWER_SHARE = 0.2;
const ANSWER_MIN = 512;

/** What the session can still take, and how to measure an input, whichever generation of the API the browser has. */
function budgetOf(session: LanguageModelSession): { free: number; measure: (input: string, options: PromptOptions) => Promise<number> } | null {
  if (typeof session.measureContextUsage === 'function' && typeof session.contextWindow === 'number' && Number.isFinite(session.contextWindow)) {
    const total = session.contextWindow;
    const free = total - (session.contextUsage ?? 0) - Math.max(ANSWER_MIN, total * ANSWER_SHARE);
    return { free, measure: (input, options) => session.measureContextUsage!(input, options) };
  }
  if (typeof session.measureInputUsage === 'function' && typeof session.inputQuota === 'number' && Number.isFinite(session.inputQuota)) {
    const total = session.inputQuota;
    const free = total - (session.inputUsage ?? 0) - Math.max(ANSWER_MIN, total * ANSWER_SHARE);
    return { free, measure: (input, options) => session.measureInputUsage!(input, options) };
  }
  return null;
}

/**
 * The longest start of the article the session can take with the schema, cut at a paragraph break when one is near.
 * News puts its facts first, so the opening is the part worth keeping.
 */
async function fitInput(session: LanguageModelSession, text: string, options: PromptOptions): Promise<string> {
  const budget = budgetOf(session);
  if (!budget) return text;
  if (budget.free <= 0) return '';
  let input = text;
  for (let tries = 0; tries < 5; tries++) {
    const usage = await budget.measure(promptFor(input), options);
    if (usage <= budget.free) return input;
    const keep = Math.floor(input.length * (budget.free / usage) * 0.9);
    const cut = input.lastIndexOf('\n', keep);
    input = input.slice(0, cut > keep / 2 ? cut : keep).trimEnd();
    if (!input) break;
  }
  return input;
}

const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');

/**
 * The built-in LanguageModel of `scope` (globalThis in the popup), or null where the browser has none.
 * Every failure of availability() reads as 'unavailable', so callers can simply hide the action.
 */
export function builtInFactFinder(scope: object = globalThis): OnDeviceFactFinder | null {
  const api = (scope as { LanguageModel?: LanguageModelStatic }).LanguageModel;
  if (!api || typeof api.availability !== 'function' || typeof api.create !== 'function') return null;
  return {
    availability: (lang) => readAvailability(lang, () => api.availability(languagesFor(lang))),
    async findFacts({ text, lang, signal, onDownload, onThinking }) {
      // create() first, before any other await, while the click's user activation is fresh.
      const session = await api.create({
        ...languagesFor(lang),
        initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
        signal,
        monitor: downloadMonitor(onDownload),
      });
      try {
        if (signal.aborted) throw abortError();
        onThinking?.();
        const options: PromptOptions = { responseConstraint: FACTS_SCHEMA, signal };
        const input = await fitInput(session, text, options);
        if (!input.trim()) return parseAiFacts(null);
        const output = await session.prompt(promptFor(input), options);
        if (signal.aborted) throw abortError();
        return parseAiFacts(output);
      } finally {
        session.destroy();
      }
    },
  };
}

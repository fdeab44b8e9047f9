// A faithful fake of Chrome's Prompt API (LanguageModel): availability per language, create with monitor download progress,
// prompt honouring a JSON-schema responseConstraint, context/quota measuring, abort via signal, destroy.

export type FakeAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface FakeLanguageModelConfig {
  /** Availability per language; a language not listed is 'unavailable'. Every expected input and output language must be listed. */
  languages: Record<string, FakeAvailability>;
  /** What the model "knows": the object it answers (serialised as JSON when a responseConstraint is given). */
  answer: unknown;
  /** Text returned as is instead of the answer (a truncated or chatty model). */
  rawOutput?: string;
  /** Download progress steps reported as `loaded` (total = 1) when the model is not on the device. */
  progress?: number[];
  /** Context window in "tokens" (characters / 4); Infinity by default. */
  contextWindow?: number;
  /** Expose the older inputQuota / measureInputUsage names instead of contextWindow / measureContextUsage. */
  legacyQuota?: boolean;
  /** Awaited before each download progress event instead of one event-loop turn, so a test can step the download. */
  downloadStep?: () => Promise<void>;
  /** Event-loop turns the model "thinks" before answering (abort is honoured during them). */
  thinkTicks?: number;
  /** Make prompt() fail with this error. */
  promptError?: Error;
}

interface Expected {
  type: string;
  languages?: string[];
}
interface Options {
  expectedInputs?: Expected[];
  expectedOutputs?: Expected[];
  initialPrompts?: { role: string; content: string }[];
  signal?: AbortSignal;
  monitor?: (m: EventTarget) => void;
}
interface PromptOptions {
  responseConstraint?: object;
  omitResponseConstraintInput?: boolean;
  signal?: AbortSignal;
}

export interface FakeLanguageModelLog {
  availabilityCalls: Options[];
  createCalls: Options[];
  prompts: { input: string; options: PromptOptions }[];
  measured: string[];
  destroyed: number;
}

const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const tokens = (s: string): number => Math.ceil(s.length / 4);

/** The slice of JSON Schema the fake enforces: type, properties, required, additionalProperties, items, maxItems. */
export function conforms(value: unknown, schema: Record<string, unknown>): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'array': {
      if (!Array.isArray(value)) return false;
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
      const items = schema.items as Record<string, unknown> | undefined;
      return !items || value.every((v) => conforms(v, items));
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
      const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const record = value as Record<string, unknown>;
      if (((schema.required ?? []) as string[]).some((k) => !(k in record))) return false;
      if (schema.additionalProperties === false && Object.keys(record).some((k) => !(k in props))) return false;
      return Object.entries(record).every(([k, v]) => !props[k] || conforms(v, props[k]));
    }
    default:
      return true;
  }
}

export function fakeLanguageModel(config: FakeLanguageModelConfig) {
  const log: FakeLanguageModelLog = { availabilityCalls: [], createCalls: [], prompts: [], measured: [], destroyed: 0 };
  const window = config.contextWindow ?? Infinity;

  const validate = (options: Options = {}): void => {
    for (const e of [...(options.expectedInputs ?? []), ...(options.expectedOutputs ?? [])]) {
      for (const l of e.languages ?? []) {
        try {
          Intl.getCanonicalLocales(l);
        } catch {
          throw new RangeError(`Invalid language tag: ${l}`);
        }
      }
    }
    if (options.expectedOutputs?.some((e) => e.type !== 'text')) throw new DOMException('only text output', 'NotSupportedError');
  };
  const state = (options: Options = {}): FakeAvailability => {
    const langs = [...(options.expectedInputs ?? []), ...(options.expectedOutputs ?? [])].flatMap((e) => e.languages ?? []);
    const states = (langs.length ? langs : ['en']).map((l) => config.languages[l.toLowerCase()] ?? 'unavailable');
    const order: FakeAvailability[] = ['unavailable', 'downloadable', 'downloading', 'available'];
    // The session is as available as its least available language.
    return states.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b));
  };

  class Session {
    private destroyed = false;
    readonly contextUsage: number;
    constructor(readonly options: Options) {
      this.contextUsage = (options.initialPrompts ?? []).reduce((n, p) => n + tokens(p.content), 0);
      if (config.legacyQuota) {
        Object.defineProperty(this, 'inputQuota', { value: window });
        Object.defineProperty(this, 'inputUsage', { value: this.contextUsage });
        Object.defineProperty(this, 'measureInputUsage', { value: (input: string, o?: PromptOptions) => this.measure(input, o) });
      } else {
        Object.defineProperty(this, 'contextWindow', { value: window });
        Object.defineProperty(this, 'measureContextUsage', { value: (input: string, o?: PromptOptions) => this.measure(input, o) });
      }
    }
    private async measure(input: string, options: PromptOptions = {}): Promise<number> {
      if (this.destroyed) throw new DOMException('destroyed', 'InvalidStateError');
      log.measured.push(input);
      return tokens(input) + (options.responseConstraint && !options.omitResponseConstraintInput ? tokens(JSON.stringify(options.responseConstraint)) : 0);
    }
    async prompt(input: string, options: PromptOptions = {}): Promise<string> {
      if (this.destroyed) throw new DOMException('The model has been destroyed.', 'InvalidStateError');
      const signals = [options.signal, this.options.signal].filter((s): s is AbortSignal => s !== undefined);
      if (signals.some((s) => s.aborted)) throw abortError();
      if (options.responseConstraint !== undefined) structuredClone(options.responseConstraint);
      const usage = await this.measure(input, options);
      log.measured.pop();
      if (this.contextUsage + usage > window) throw new DOMException('The input is too large.', 'QuotaExceededError');
      log.prompts.push({ input, options });
      return new Promise<string>((resolve, reject) => {
        const onAbort = () => reject(abortError());
        signals.forEach((s) => s.addEventListener('abort', onAbort, { once: true }));
        void (async () => {
          for (let i = 0; i < (config.thinkTicks ?? 2); i++) await tick();
          if (signals.some((s) => s.aborted)) return;
          if (config.promptError) return reject(config.promptError);
          if (config.rawOutput !== undefined) return resolve(config.rawOutput);
          const schema = options.responseConstraint as Record<string, unknown> | undefined;
          if (!schema) return resolve(`Sure! Here are the facts:\n\`\`\`json\n${JSON.stringify(config.answer, null, 2)}\n\`\`\``);
          // A constrained model cannot answer outside the schema: a test whose answer does not fit is a broken test.
          if (!conforms(config.answer, schema)) return reject(new TypeError('fake: configured answer does not fit the responseConstraint'));
          resolve(JSON.stringify(config.answer));
        })();
      });
    }
    destroy(): void {
      if (!this.destroyed) log.destroyed += 1;
      this.destroyed = true;
    }
  }

  const api = {
    async availability(options?: Options): Promise<FakeAvailability> {
      log.availabilityCalls.push(options ?? {});
      validate(options);
      return state(options);
    },
    async create(options: Options = {}): Promise<Session> {
      log.createCalls.push(options);
      validate(options);
      if (options.signal?.aborted) throw abortError();
      const s = state(options);
      if (s === 'unavailable') throw new DOMException('The model is not supported.', 'NotSupportedError');
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (s !== 'available') {
        for (const loaded of config.progress ?? [0, 0.5, 1]) {
          await (config.downloadStep ?? tick)();
          if (options.signal?.aborted) throw abortError();
          const event = new Event('downloadprogress') as Event & { loaded: number; total: number };
          Object.assign(event, { loaded, total: 1 });
          monitor.dispatchEvent(event);
        }
        await tick();
        if (options.signal?.aborted) throw abortError();
        // Once downloaded, the model is on the device for every language it supports.
        for (const l of Object.keys(config.languages)) if (config.languages[l] !== 'unavailable') config.languages[l] = 'available';
      }
      return new Session(options);
    },
  };
  return { api, log };
}

// A faithful fake of Chrome's Summarizer API (static availability/create, monitor with downloadprogress, streaming, abort, destroy).

export type FakeAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface FakeConfig {
  /** Availability per output language; languages not listed are 'unavailable'. */
  languages: Record<string, FakeAvailability>;
  /** What the model writes, in streamed chunks (deltas, as current Chrome streams). */
  chunks: string[];
  /** Download progress steps reported as `loaded` (total = 1), when the model is not on the device. */
  progress?: number[];
  /** Input quota in "tokens" (here: characters / 4), for measureInputUsage. */
  inputQuota?: number;
  /** Stream each chunk as the whole text so far (early Chrome builds did). */
  cumulative?: boolean;
}

const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

interface Options {
  type?: string;
  format?: string;
  length?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  signal?: AbortSignal;
  monitor?: (m: EventTarget) => void;
}

/** Records what the code under test did, so tests can check the calls as well as the results. */
export interface FakeLog {
  availabilityCalls: Options[];
  createCalls: Options[];
  inputs: string[];
  destroyed: number;
}

export function fakeSummarizerApi(config: FakeConfig) {
  const log: FakeLog = { availabilityCalls: [], createCalls: [], inputs: [], destroyed: 0 };
  const state = (options?: Options): FakeAvailability => {
    const lang = options?.outputLanguage ?? 'en';
    for (const l of options?.expectedInputLanguages ?? ['en']) if (!config.languages[l]) return 'unavailable';
    return config.languages[lang] ?? 'unavailable';
  };

  class Session {
    private destroyed = false;
    readonly inputQuota = config.inputQuota ?? Infinity;
    constructor(readonly options: Options) {}
    async measureInputUsage(input: string): Promise<number> {
      return Math.ceil(input.length / 4);
    }
    summarizeStreaming(input: string, opts: { signal?: AbortSignal } = {}): ReadableStream<string> {
      if (this.destroyed) throw abortError();
      if (Math.ceil(input.length / 4) > this.inputQuota) throw new DOMException('input too large', 'QuotaExceededError');
      log.inputs.push(input);
      const signals = [opts.signal, this.options.signal].filter((s): s is AbortSignal => s !== undefined);
      let i = 0;
      let sofar = '';
      return new ReadableStream<string>({
        async pull(controller) {
          await tick();
          if (signals.some((s) => s.aborted)) return controller.error(abortError());
          const chunk = config.chunks[i++];
          if (chunk === undefined) return controller.close();
          sofar += chunk;
          controller.enqueue(config.cumulative ? sofar : chunk);
        },
      });
    }
    destroy(): void {
      this.destroyed = true;
      log.destroyed += 1;
    }
  }

  const api = {
    async availability(options?: Options): Promise<FakeAvailability> {
      log.availabilityCalls.push(options ?? {});
      if (options?.outputLanguage !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(options.outputLanguage)) throw new RangeError('bad language tag');
      return state(options);
    },
    async create(options: Options = {}): Promise<Session> {
      log.createCalls.push(options);
      const s = state(options);
      if (s === 'unavailable') throw new DOMException('not supported', 'NotSupportedError');
      if (options.signal?.aborted) throw abortError();
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (s !== 'available') {
        for (const loaded of config.progress ?? [0, 0.5, 1]) {
          await tick();
          if (options.signal?.aborted) throw abortError();
          const event = new Event('downloadprogress') as Event & { loaded: number; total: number };
          Object.assign(event, { loaded, total: 1 });
          monitor.dispatchEvent(event);
        }
        // Once downloaded, the model is on the device.
        for (const l of Object.keys(config.languages)) if (config.languages[l] !== 'unavailable') config.languages[l] = 'available';
      }
      return new Session(options);
    },
  };
  return { api, log };
}

// A browser event (runtime.onMessage, tabs.onUpdated…) for the fake browser: listeners run in a later task, never
// inside the call that caused the event, and a listener that throws is reported without stopping the others.

import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** Taken before any test fakes the clock: the browser's own task queue does not follow vi.useFakeTimers. */
const realSetImmediate = globalThis.setImmediate;
/** Tasks the fake browser has queued and not yet run (events, messages, API calls, page loads). */
let pending = 0;

/** A task later, as an event or a message crossing processes arrives. */
export const nextTask = (): Promise<void> => {
  pending += 1;
  return new Promise((resolve) =>
    realSetImmediate(() => {
      pending -= 1;
      resolve();
    }),
  );
};

/** Counts `work` (a page's scripts loading, say) as browser work until it settles. */
export function browserWork<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  return work.finally(() => {
    pending -= 1;
  });
}

/** Resolves once the fake browser has nothing left to do: every event delivered, every message answered. */
export async function browserIdle(): Promise<void> {
  do await new Promise((resolve) => realSetImmediate(resolve));
  while (pending > 0);
}

export class FakeEvent<L extends Listener> {
  private readonly listeners = new Set<L>();

  /** `report` receives what a throwing listener threw, as the browser logs it. */
  constructor(private readonly report: (error: unknown) => void) {}

  addListener(listener: L): void {
    this.listeners.add(listener);
  }

  removeListener(listener: L): void {
    this.listeners.delete(listener);
  }

  hasListener(listener: L): boolean {
    return this.listeners.has(listener);
  }

  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  /** Drops every listener: the context that added them is gone. */
  clear(): void {
    this.listeners.clear();
  }

  /** Calls every listener now and returns what each returned (messaging needs the answers). */
  callNow(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((listener) => {
      try {
        return listener(...args);
      } catch (error) {
        this.report(error);
        return undefined;
      }
    });
  }

  /** Fires the event in a later task; resolves once every listener was called. */
  async dispatch(...args: Parameters<L>): Promise<void> {
    await nextTask();
    this.callNow(...args);
  }
}

/**
 * Lets the browser run until `promise` settles. Under vi.useFakeTimers, the code's own timers that fall due now
 * run too, but the fake clock does not move: only `vi.advanceTimersByTimeAsync` moves it.
 */
export async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  promise.then(() => (done = true), () => (done = true));
  while (!done) {
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
    await browserIdle();
  }
  return promise;
}

/** Moves the fake clock by `ms`, then lets the browser finish what that set off. */
export async function pass(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await browserIdle();
}

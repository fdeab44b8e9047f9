// Runs a command over many files: at most `jobs` pages at once (worker threads when the IO provides the worker
// script), results handed on in input order as soon as each is next, at most WINDOW finished pages held back.

import { availableParallelism } from 'node:os';
import { failureOf, runPageTask, type PageOutcome, type PageTask } from './page-task';
import type { CliIO } from './io';
import { WorkerPool } from './worker-pool';
import { Progress } from './progress';
import { JsonStream } from './json-stream';

/**
 * Heap cap of one page worker. Under a high cap V8 lets garbage pile up to it before a full collection (a worker
 * reached 1.3 GB on the 191 shared pages); the largest of them, 1.6 MB of HTML, needs less than 160 MB. A page
 * that needs more fails alone (an error record) instead of taking the machine's memory.
 */
const WORKER_HEAP_MB = 160;

/** Finished pages waiting for a slower earlier one, per job: bounds memory when one page is very slow. */
const WINDOW_PER_JOB = 8;

export const defaultJobs = (): number => availableParallelism();

/** Time one page may take in a worker before it is stopped and reported (`--timeout`, seconds; 0 = no limit). The
 *  largest real pages take a few seconds; a pathological one must not hold the whole run. */
export const DEFAULT_TIMEOUT_S = 60;

/** `--timeout` value → milliseconds (0 = no limit), or an error message. */
export function parseTimeout(v: string): number | string {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? Math.round(n * 1000) : `--timeout needs a number of seconds (0 for no limit), not "${v}"`;
}

/** `--jobs` value → a positive integer, or an error message. */
export function parseJobs(v: string): number | string {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : `--jobs needs a positive whole number, not "${v}"`;
}

/**
 * Calls run(i) for i in 0..count-1 with at most `jobs` running and at most `window` finished ahead of the next
 * one to emit; emit(r, i) sees results in index order. run must not reject (its errors are its results).
 */
export function runInOrder<R>(count: number, jobs: number, window: number, run: (i: number) => Promise<R>, emit: (r: R, i: number) => void): Promise<void> {
  const finished = new Map<number, R>();
  let started = 0;
  let emitted = 0;
  let running = 0;
  return new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      try {
        while (finished.has(emitted)) {
          const r = finished.get(emitted) as R;
          finished.delete(emitted);
          emit(r, emitted++);
        }
      } catch (e) {
        reject(e);
        return;
      }
      if (emitted === count) return resolve();
      while (running < jobs && started < count && started - emitted < window) {
        const i = started++;
        running++;
        run(i).then((r) => {
          running--;
          finished.set(i, r);
          pump();
        }, reject);
      }
    };
    pump();
  });
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface BatchOptions {
  command: PageTask['command'];
  files: string[];
  jobs: number;
  /** Per page, in worker threads only (milliseconds; 0 = none; default DEFAULT_TIMEOUT_S). */
  timeoutMs?: number;
  io: CliIO;
  /** The task for a file whose bytes were read. */
  task: (file: string, raw: Uint8Array | string) => PageTask;
  /** One record as printed; without it, the records are printed as one JSON value (./json-stream). */
  render?: (record: Record<string, unknown>) => string;
}

/** Runs every file and prints its records in input order; returns how many could not be read (each printed as an
 *  error record and noted on stderr). */
export async function runBatch(b: BatchOptions): Promise<number> {
  const { io, command } = b;
  const pool = io.pageWorker ? new WorkerPool<PageTask, PageOutcome>(io.pageWorker, { maxOldGenerationSizeMb: WORKER_HEAP_MB }) : undefined;
  const progress = io.progress ? new Progress(b.files.length, io.err) : undefined;
  const runFile = async (i: number): Promise<PageOutcome> => {
    const file = b.files[i] as string;
    let raw: Uint8Array | string;
    try {
      raw = io.read(file);
    } catch (e) {
      return failureOf(command, file, `cannot read: ${(e as Error).message}`);
    }
    if (!pool) {
      // In this thread, the event loop must turn between pages for jsdom to let go of the previous one.
      await nextTurn();
      return runPageTask(b.task(file, raw));
    }
    return pool.run(b.task(file, raw), b.timeoutMs ?? DEFAULT_TIMEOUT_S * 1000).catch((e: Error) =>
      failureOf(command, file, e.name === 'TimeoutError' ? `stopped: ${e.message}` : `page crashed: ${e.message}`));
  };
  const { render } = b;
  const json = render ? undefined : new JsonStream(io.out);
  let failed = 0;
  try {
    await runInOrder(b.files.length, pool ? b.jobs : 1, b.jobs * WINDOW_PER_JOB, runFile, (outcome, i) => {
      if (outcome.failed) {
        failed++;
        progress?.clear();
        io.err(`readlens ${command}: ${b.files[i]}: ${String(outcome.records[0]?.error)}\n`);
      }
      for (const r of outcome.records) {
        if (render) io.out(render(r));
        else json?.push(r);
      }
      progress?.tick(b.files[i] as string);
    });
  } finally {
    progress?.clear();
    await pool?.close();
  }
  json?.end();
  return failed;
}

// Fuzz run settings and the per-file case counter whose summary line CI logs ("fuzz cases run").
import fc from 'fast-check';

/** Fixed by default so CI is reproducible; FUZZ_SEED=<n> replays or explores another corner. */
export const FUZZ_SEED = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || 20261126;
/** FUZZ_SCALE=10 runs ten times more cases locally; CI keeps 1 to stay inside its time budget. */
const SCALE = Math.max(0.01, Number.parseFloat(process.env.FUZZ_SCALE ?? '') || 1);

/** Number of runs for a property: the CI count times FUZZ_SCALE (at least 1). */
export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** fast-check parameters shared by every property: seed, run count, no time-based limits. */
export function params(n: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: runs(n) };
}

/** Counts executed cases (shrinking included) per property of one test file and prints one summary line. */
export class CaseCounter {
  private readonly counts = new Map<string, number>();
  constructor(private readonly file: string) {}

  /** Wraps a predicate so each call is counted under `name`. */
  count<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
    this.counts.set(name, this.counts.get(name) ?? 0);
    return (...args: A): R => {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      return fn(...args);
    };
  }

  /** Adds cases run outside fast-check (fixed corpora). */
  add(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  get total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }

  summary(): string {
    const parts = [...this.counts].map(([k, n]) => `${k}=${n}`).join(', ');
    return `[fuzz] ${this.file}: ${this.total} cases run (seed ${FUZZ_SEED}) — ${parts}`;
  }
}

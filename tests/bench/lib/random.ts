// Seeded statistics for the benchmarks: the bootstrap interval of a mean.
import { seededRandom } from './seeded.mjs';

/** Percentile bootstrap 95 % interval of the mean of `xs` (documents resampled with replacement, seeded). */
export function bootstrapInterval(xs: number[], seed: number, rounds = 1000): [number, number] {
  const rand = seededRandom(seed);
  const n = xs.length;
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[Math.floor(rand() * n)] as number;
    means.push(s / n);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * rounds)] as number, means[Math.ceil(0.975 * rounds) - 1] as number];
}

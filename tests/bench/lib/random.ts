// Seeded random numbers for the benchmarks and the training script, so every run and machine draws the same.

/** mulberry32: a small generator of floats in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

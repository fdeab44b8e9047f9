// Loose name matching shared by the benchmarks: case, accents and a name contained in the other as whole words.

/** Loose name key: no accents, lowercase, words only. */
export const nameWords = (s) =>
  s.normalize('NFD').replace(/[\p{M}\u00ad]/gu, '').toLowerCase().replace(/[’']/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Same name: equal, or one's words are a contiguous run of the other's ("Obama" ↔ "Barack Obama"). */
export function sameName(a, b) {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}

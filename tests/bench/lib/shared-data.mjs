// Where the benchmarks find their large data (never the tests): ../shared beside the repo, or READLENS_SHARED;
// and the one line they print, instead of a stack trace, when it is not there.
import fs from 'node:fs';
import path from 'node:path';

export function sharedDataRoot(repoRoot) {
  return process.env.READLENS_SHARED ? path.resolve(process.env.READLENS_SHARED) : path.resolve(repoRoot, '../shared');
}

/** Exits with one line saying how to get the data when one of `parts` (paths under the shared root) is missing. */
export function requireSharedData(root, parts) {
  const missing = parts.map((p) => path.join(root, p)).filter((p) => !fs.existsSync(p));
  if (!missing.length) return;
  console.error(`benchmark data missing (${missing.join(', ')}): put the shared data folder beside the repo as ../shared or set READLENS_SHARED=<folder>; tests/bench/README.md says what it holds and where each set comes from`);
  process.exit(1);
}

// Real pages for mutation fuzzing: a fixed spread of ~20 pages from ../shared/pages/readability by size.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
export const SHARED = process.env.READLENS_SHARED ?? path.resolve(repoRoot, '../shared');
const DIR = path.join(SHARED, 'pages/readability');

/** Pages above this size cost too much jsdom parsing per case for the CI budget. */
const MAX_BYTES = 250_000;

export interface SourcePage { name: string; bytes: Buffer; html: string }

/** Up to `count` pages spread evenly over the size range (the same set on every run). */
export function samplePages(count: number): SourcePage[] {
  if (!existsSync(DIR)) return [];
  const all = readdirSync(DIR)
    .filter((n) => existsSync(path.join(DIR, n, 'source.html')))
    .map((name) => ({ name, size: statSync(path.join(DIR, name, 'source.html')).size }))
    .filter((p) => p.size <= MAX_BYTES)
    .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name));
  const step = Math.max(1, all.length / count);
  const picked = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]!);
  return picked.map(({ name }) => {
    const bytes = readFileSync(path.join(DIR, name, 'source.html'));
    return { name, bytes, html: bytes.toString('utf8') };
  });
}

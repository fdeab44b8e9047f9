// Real pages for mutation fuzzing: a fixed spread of ~20 of the Readability pages in tests/fixtures/readability, by size.
import { statSync } from 'node:fs';
import { fixturePath, readabilityNames, readFixture } from '../../support/fixtures';

/** Pages above this size cost too much jsdom parsing per case for the CI budget. */
const MAX_BYTES = 250_000;

export interface SourcePage { name: string; bytes: Buffer; html: string }

/** Up to `count` pages spread evenly over the size range (the same set on every run). */
export function samplePages(count: number): SourcePage[] {
  const all = readabilityNames()
    .map((name) => ({ name, size: statSync(fixturePath(`readability/${name}/source.html`)).size }))
    .filter((p) => p.size <= MAX_BYTES)
    .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name));
  const step = Math.max(1, all.length / count);
  const picked = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]!);
  return picked.map(({ name }) => {
    const bytes = readFixture(`readability/${name}/source.html`);
    return { name, bytes, html: bytes.toString('utf8') };
  });
}

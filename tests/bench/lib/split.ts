// The fixed by-site split of dragnet-train into train / dev / test (tests/bench/data/dragnet-split.json): made once
// from a seed, then only read, so that the test part stays untouched by fitting and tuning.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { seededRandom, shuffle } from './seeded.mjs';

export type Part = 'train' | 'dev' | 'test';
export interface Split { seed: number; shares: Record<Part, number>; sites: Record<Part, string[]>; pages: Record<string, Part> }

/** Shuffles the sites with the seed, then fills train, dev and test in turn up to their share of the pages. */
export function makeSplit(pages: Array<{ id: string; site: string }>, seed: number, shares: Record<Part, number> = { train: 0.6, dev: 0.2, test: 0.2 }): Split {
  const bySite = new Map<string, string[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p.id]);
  const sites = shuffle([...bySite.keys()].sort(), seededRandom(seed));
  const split: Split = { seed, shares, sites: { train: [], dev: [], test: [] }, pages: {} };
  let filled = 0;
  for (const site of sites) {
    const part: Part = filled < shares.train * pages.length ? 'train' : filled < (shares.train + shares.dev) * pages.length ? 'dev' : 'test';
    split.sites[part].push(site);
    for (const id of bySite.get(site)!) split.pages[id] = part;
    filled += bySite.get(site)!.length;
  }
  for (const part of ['train', 'dev', 'test'] as const) split.sites[part].sort();
  return split;
}

export function readSplit(file: string): Split | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Split) : null;
}

export function writeSplit(file: string, split: Split): void {
  writeFileSync(file, JSON.stringify(split, null, 1) + '\n');
}

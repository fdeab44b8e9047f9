// The repository's own test fixtures (tests/fixtures/): paths and readers that fail loudly, naming the missing file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');

/** Absolute path of tests/fixtures/<rel>; throws when the file is not there (a test never skips on a missing fixture). */
export function fixturePath(rel: string): string {
  const file = path.join(fixturesDir, rel);
  if (!fs.existsSync(file)) throw new Error(`missing test fixture tests/fixtures/${rel} (see tests/fixtures/README.md)`);
  return file;
}

export function readFixture(rel: string): Buffer {
  return fs.readFileSync(fixturePath(rel));
}

export function readFixtureText(rel: string): string {
  return readFixture(rel).toString('utf8');
}

/** Mozilla Readability test pages copied into tests/fixtures/readability/<name>/. */
export function readabilitySource(name: string): string {
  return readFixtureText(`readability/${name}/source.html`);
}

/** Every Readability page in the fixtures, in name order. */
export function readabilityNames(): string[] {
  return fs.readdirSync(fixturePath('readability')).filter((n) => fs.existsSync(path.join(fixturesDir, 'readability', n, 'source.html'))).sort();
}

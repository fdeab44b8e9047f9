// npm run golden: rewrites tests/fixtures/golden/<name>/expected.json from the current engines (one per fixture page,
// see tests/unit/support/golden.ts), removes goldens whose page is gone, and lists what changed. Review with git diff.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../tests/bench/lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'tests/fixtures');
const goldenDir = path.join(fixturesDir, 'golden');
const out = await bundleForNode(path.join(root, 'tests/unit/support/golden.ts'), path.join(root, 'node_modules/.cache/readlens-golden'), 'golden.mjs');
const { computeGolden, goldenCases, goldenText } = await import(pathToFileURL(out).href);

const cases = goldenCases(fixturesDir);
const counts = { unchanged: 0, updated: 0, new: 0, removed: 0 };
for (const c of cases) {
  const file = path.join(fixturesDir, c.golden);
  const text = goldenText(computeGolden(fixturesDir, c));
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const state = old === null ? 'new' : old === text ? 'unchanged' : 'updated';
  counts[state]++;
  if (state === 'unchanged') continue;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${state}: tests/fixtures/${c.golden}`);
}
const names = new Set(cases.map((c) => c.name));
for (const name of fs.existsSync(goldenDir) ? fs.readdirSync(goldenDir) : []) {
  if (names.has(name) || !fs.statSync(path.join(goldenDir, name)).isDirectory()) continue;
  fs.rmSync(path.join(goldenDir, name), { recursive: true });
  counts.removed++;
  console.log(`removed: tests/fixtures/golden/${name} (its page is gone)`);
}
console.log(`golden: ${cases.length} pages — ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);

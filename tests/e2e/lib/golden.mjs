// The sample's expected digest, read from its golden file (tests/fixtures/golden/<name>/expected.json, guarded by
// tests/unit/golden.test.ts) so the browser suites check the same quotations and people without repeating them.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, samplePage } from './paths.mjs';

/** { quotes: count, speakers: { name: quotations }, people: [names] } for a page in tests/fixtures/pages. */
export function expectedDigest(page = samplePage) {
  const file = path.join(repoRoot, 'tests/fixtures/golden', path.basename(page, '.html'), 'expected.json');
  if (!fs.existsSync(file)) throw new Error(`missing golden file ${path.relative(repoRoot, file)}: run npm run golden`);
  const { digest } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const speakers = {};
  for (const q of digest.quotes) speakers[q.speaker] = (speakers[q.speaker] ?? 0) + 1;
  return { quotes: digest.quotes.length, speakers, people: digest.facts.people.map((p) => p.name) };
}

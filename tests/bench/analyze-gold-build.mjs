// Builds a gold JSON file from a hand-written annotation spec (quotes given by their exact text; offsets computed here).
// Usage: node tests/bench/analyze-gold-build.mjs spec.json > tests/fixtures/analyze/gold/<name>.json
import fs from 'node:fs';
import path from 'node:path';
import { goldParagraphs } from './analyze-gold-paragraphs.mjs';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';

const shared = sharedDataRoot(process.cwd());
requireSharedData(shared, ['pages/readability']);
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const dir = path.join(shared, 'pages/readability', spec.page);
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8'));
const paragraphs = goldParagraphs(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
// Each quote: [paragraph, exact inner text, speaker or null, (optional) which occurrence, 0-based].
const quotes = spec.quotes.map(([p, text, speaker, nth = 0]) => {
  const para = paragraphs[p];
  if (para === undefined) throw new Error(`no paragraph ${p}`);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = para.indexOf(text, at + 1);
  if (at < 0) throw new Error(`quote not found in [${p}]: ${text}`);
  return { paragraph: p, start: at, end: at + text.length, text, speaker };
});
const out = {
  source: `shared/pages/readability/${spec.page}/expected.html`,
  note: 'Paragraphs extracted with tests/bench/analyze-gold-paragraphs.mjs; quotes, speakers and entities annotated by hand (see README.md).',
  split: spec.split ?? 'dev',
  lang: spec.lang,
  title: meta.title ?? null,
  excerpt: meta.excerpt ?? null,
  published: meta.publishedTime ?? null,
  paragraphs,
  quotes,
  people: spec.people,
  places: spec.places,
  organisations: spec.organisations,
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');

// node tests/bench/entities/common-words.mjs [--write] — derives each language's `common` list (lang/data/<code>.json):
// the words a language's running text writes in lowercase (≥ 95 % of their mid-sentence uses), most frequent first.
// A capitalised candidate made of such words is likelier a heading or a phrase ("Full Stop", "Control Panel") than a
// name. Read from the project's shared text, leaving out every article of the quotation corpus (whatever its split),
// so the list knows nothing of the corpus's names. Deterministic: same data, same list.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repo, '../shared');
/** Words kept per language: enough for the common vocabulary, small enough to load with the language. */
const SIZE = 8000;

const corpusSources = new Set(
  fs.readdirSync(path.join(repo, 'tests/fixtures/analyze/corpus/articles')).map((f) => JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/analyze/corpus/articles', f), 'utf8')).source),
);

function* english() {
  const dir = path.join(shared, 'pages/dragnet-train/gold');
  for (const f of fs.readdirSync(dir).sort()) if (!corpusSources.has(`shared/pages/dragnet-train/gold/${f}`)) yield fs.readFileSync(path.join(dir, f), 'utf8');
}

function* french() {
  const lines = zlib.gunzipSync(fs.readFileSync(path.join(shared, 'data/orangesum-train/train.jsonl.gz'))).toString('utf8').split('\n');
  for (let i = 0; i < lines.length && i < 8000; i++) {
    if (!lines[i]) continue;
    const a = JSON.parse(lines[i]);
    if (!corpusSources.has(`shared/data/orangesum-train/train.jsonl.gz#${a.id}`)) yield `${a.article}\n${a.summary}`;
  }
}

const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function commonWords(texts, stop) {
  const lower = new Map();
  const cap = new Map();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=(\S*)\s+)\p{L}[\p{L}’'-]*\p{L}/gu)) {
      if (!m[1] || /[.!?:"“”«»([]$/.test(m[1])) continue; // sentence or quotation starts say nothing of case
      const w = m[0];
      const key = fold(w);
      if (key.length < 3 || /['’-]/.test(key)) continue;
      const low = w[0] === w[0].toLowerCase();
      // A capital counts only after a lowercase word: headlines and menus in Title Case capitalise common words.
      if (!low && !/^\p{Ll}+$/u.test(m[1])) continue;
      const map = low ? lower : cap;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  return [...lower]
    .filter(([w, n]) => n >= 5 && n >= 0.95 * (n + (cap.get(w) ?? 0)) && !stop.has(w))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SIZE)
    .map(([w]) => w)
    .sort();
}

const dataDir = path.join(repo, 'src/core/analyze/lang/data');
for (const [lang, texts] of [['en', english()], ['fr', french()]]) {
  const file = path.join(dataDir, `${lang}.json`);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const words = commonWords(texts, new Set(data.stop.split(' ')));
  console.log(`${lang}: ${words.length} common words (${words.slice(0, 12).join(' ')} …)`);
  if (!process.argv.includes('--write')) continue;
  data.common = words.join(' ');
  fs.writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
}

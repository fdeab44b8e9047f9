// Chooses the articles of the quotation corpus from ../shared (see tests/fixtures/analyze/GUIDELINE.md) and writes
// each one's text to tests/fixtures/analyze/corpus/articles/<id>.json with its site, language and split.
// Deterministic: the same ../shared gives the same files. Run: node tests/bench/quotes-corpus/select.mjs
// ../shared missing? It comes with the project's workspace (a folder `shared/` beside this repository).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { goldParagraphs } from '../analyze-gold-paragraphs.mjs';
import { seededRandom, shuffle } from '../lib/seeded.mjs';
import { countBy, countQuoteMarks, detectLang, hostOf, siteOfHtml, splitOf } from './select-lib.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const shared = process.env.READLENS_SHARED ?? path.resolve(repo, '../shared');
if (!fs.existsSync(shared)) {
  console.error(`no ${shared}: the corpus is selected from the project's shared data (a folder shared/ beside the repository)`);
  process.exit(1);
}
const outDir = path.join(repo, 'tests/fixtures/analyze/corpus/articles');
const goldDir = path.join(repo, 'tests/fixtures/analyze/gold');
const alreadyGold = new Set(fs.readdirSync(goldDir).map((f) => f.replace(/\.json$/, '')));
const words = (paras) => paras.join(' ').split(/\s+/).filter(Boolean).length;
/** Articles worth annotating: enough quotations to learn from, short enough to annotate carefully. */
const fits = (paras, lang, minMarks = 3) => {
  const n = words(paras);
  const marks = countQuoteMarks(paras.join('\n'), lang);
  return n >= 150 && n <= 1400 && marks >= minMarks && marks <= 40;
};

const candidates = [];
/** Every OrangeSum article that fits, in file order: the pool of the second batch. */
const orangesumFitting = [];

// Dragnet (2012 news and blogs, mostly English): the person-written main content, paragraphs as the annotator kept them.
{
  const dir = path.join(shared, 'pages/dragnet-train');
  for (const file of fs.readdirSync(path.join(dir, 'gold')).sort()) {
    const id = file.replace(/\.txt$/, '');
    const text = fs.readFileSync(path.join(dir, 'gold', file), 'utf8');
    const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const lang = detectLang(paragraphs.join(' '));
    if (!lang || !fits(paragraphs, lang)) continue;
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const site = siteOfHtml(html);
    if (!site) continue;
    candidates.push({ id: `dragnet-${id}`, collection: 'dragnet-train', source: `shared/pages/dragnet-train/gold/${file}`, site, lang, title: paragraphs.find((p) => p.length < 160 && !/\d{4}/.test(p)) ?? '', paragraphs });
  }
}

// Article benchmark (many sites and languages): the human ground truth, one paragraph a line.
{
  const dir = path.join(shared, 'pages/articlebench-dev');
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  for (const [id, { url, articleBody }] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const paragraphs = articleBody.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const lang = detectLang(paragraphs.join(' '));
    if (!lang || !fits(paragraphs, lang)) continue;
    candidates.push({ id: `articlebench-${id.slice(0, 12)}`, collection: 'articlebench-dev', source: `shared/pages/articlebench-dev/ground-truth.json#${id}`, site: hostOf(url), lang, title: '', paragraphs });
  }
}

// Readability's test pages not already in the first gold set: the body of expected.html.
{
  const dir = path.join(shared, 'pages/readability');
  for (const name of fs.readdirSync(dir).sort()) {
    if (alreadyGold.has(name) || !fs.existsSync(path.join(dir, name, 'expected.html'))) continue;
    const paragraphs = goldParagraphs(fs.readFileSync(path.join(dir, name, 'expected.html'), 'utf8'));
    const lang = detectLang(paragraphs.join(' '));
    const meta = fs.existsSync(path.join(dir, name, 'expected-metadata.json')) ? JSON.parse(fs.readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8')) : {};
    if (!lang || !fits(paragraphs, lang)) continue;
    candidates.push({ id: `readability-${name}`, collection: 'readability', source: `shared/pages/readability/${name}/expected.html`, site: `readability:${name.replace(/-\d+$/, '')}`, lang, title: meta.title ?? '', paragraphs });
  }
}

// OrangeSum (French wire copy, one outlet): plain text without paragraph breaks, as the CLI's --text gets it.
{
  const lines = zlib.gunzipSync(fs.readFileSync(path.join(shared, 'data/orangesum-train/train.jsonl.gz'))).toString('utf8').split('\n');
  const rand = seededRandom(20261206);
  const picked = [];
  for (const line of lines) {
    if (!line) continue;
    const a = JSON.parse(line);
    const paragraphs = [a.article.replace(/\s+/g, ' ').trim()];
    if (!fits(paragraphs, 'fr')) continue;
    const c = { id: `orangesum-${a.id}`, collection: 'orangesum-train', source: `shared/data/orangesum-train/train.jsonl.gz#${a.id}`, site: 'orangesum', lang: 'fr', title: a.title, date: a.date, paragraphs };
    orangesumFitting.push(c);
    if (rand() < 0.02) picked.push(c);
  }
  candidates.push(...picked);
}

// 10kGNAD (German, derStandard.at, one outlet): lead and body in one paragraph.
{
  const lines = fs.readFileSync(path.join(shared, 'data/gnad-de/articles.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line) continue;
    const a = JSON.parse(line);
    const paragraphs = [a.text.replace(/\s+/g, ' ').trim()];
    // Quotations are rarer in this outlet's copy (mostly reported speech): one pair of marks is enough.
    if (fits(paragraphs, 'de', 1)) candidates.push({ id: `gnad-${a.id}`, collection: 'gnad-de', source: `shared/data/gnad-de/articles.jsonl#${a.id}`, site: 'derstandard.at', category: a.category, lang: 'de', title: '', paragraphs });
  }
}

// How many of each collection: single-outlet collections are capped so that sites, not one outlet, dominate.
const CAPS = { 'dragnet-train': 190, 'articlebench-dev': 40, readability: 40, 'orangesum-train': 90, 'gnad-de': 60 };
const PER_SITE = 6; // no site among the many-site collections gives more than this
const rand = seededRandom(7);
const chosen = [];
for (const [collection, cap] of Object.entries(CAPS)) {
  const perSite = new Map();
  for (const c of shuffle(candidates.filter((x) => x.collection === collection), rand)) {
    if (chosen.filter((x) => x.collection === collection).length >= cap) break;
    const single = collection === 'orangesum-train' || collection === 'gnad-de';
    if (!single && (perSite.get(c.site) ?? 0) >= PER_SITE) continue;
    perSite.set(c.site, (perSite.get(c.site) ?? 0) + 1);
    chosen.push(c);
  }
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
// Annotation order: interleaved by a seeded shuffle, so that any prefix covers languages and collections.
const order = shuffle(chosen, seededRandom(11));
order.forEach((c, i) => {
  c.order = i;
  c.split = splitOf(c);
  fs.writeFileSync(path.join(outDir, `${c.id}.json`), `${JSON.stringify(c, null, 1)}\n`);
});

// Batch 2 (issue 12, 2026-12-07): more French wire copy, the speaker model's weakest language. It only adds files:
// the first batch above is drawn exactly as before, and this batch is a prefix of one seeded shuffle of the
// OrangeSum articles that fit and were not chosen, so raising its size adds articles without moving any.
// English Dragnet pages come from sites the corpus does not hold yet, one page a site, so they add sites too.
const BATCH2_ORANGESUM = 50;
const BATCH2_DRAGNET_EN = 15;
const taken = new Set(chosen.map((c) => c.id));
const sitesHeld = new Set(chosen.map((c) => c.site));
const newSites = new Set();
const dragnetNew = shuffle(candidates.filter((c) => c.collection === 'dragnet-train' && c.lang === 'en' && !sitesHeld.has(c.site)), seededRandom(20261208))
  .filter((c) => !newSites.has(c.site) && newSites.add(c.site));
const batch2 = [
  ...shuffle(orangesumFitting.filter((c) => !taken.has(c.id)), seededRandom(20261207)).slice(0, BATCH2_ORANGESUM),
  ...dragnetNew.slice(0, BATCH2_DRAGNET_EN),
];
/** Writes a later batch after the articles held so far, in its order, and adds it to them. */
function addBatch(items, batch) {
  items.forEach((c, i) => {
    c.order = order.length + i;
    c.batch = batch;
    c.split = splitOf(c);
    fs.writeFileSync(path.join(outDir, `${c.id}.json`), `${JSON.stringify(c, null, 1)}\n`);
  });
  order.push(...items);
}
addBatch(batch2, 2);

// Batch 3 (issue 12, 2026-12-07): French quotations introduced by a colon ("X a déclaré : « … »"), which the first two
// batches almost lack (the speaker model learnt a negative weight for them). OrangeSum articles that fit, are in
// neither batch, and hold at least one colon introduction: a letter, a colon (spaces around it allowed), then an
// opening mark: « or “, or a straight " followed by a letter or digit (so a closing " after a colon does not count).
// Articles whose text repeats one already held are skipped (the collection holds a few twice under two ids).
// As batch 2: a prefix of one seeded shuffle, so raising its size adds articles without moving any.
const BATCH3_ORANGESUM = 30;
const COLON_INTRO = /\p{L}\s*:\s*(?:[«“]|"(?=\s*[\p{L}\p{N}]))/u;
const held = new Set(order.map((c) => c.id));
const heldText = new Set(order.map((c) => c.paragraphs.join('\n')));
const batch3 = [];
for (const c of shuffle(orangesumFitting.filter((x) => !held.has(x.id) && COLON_INTRO.test(x.paragraphs.join('\n'))), seededRandom(20261209))) {
  if (batch3.length >= BATCH3_ORANGESUM) break;
  const text = c.paragraphs.join('\n');
  if (heldText.has(text)) continue;
  heldText.add(text);
  batch3.push(c);
}
addBatch(batch3, 3);
const count = (key) => countBy(order, key);
console.log(`${order.length} articles from ${new Set(order.map((c) => c.site)).size} sites`);
console.log(`by language: ${count('lang')}`);
console.log(`by collection: ${count('collection')}`);
console.log(`by split: ${count('split')}`);

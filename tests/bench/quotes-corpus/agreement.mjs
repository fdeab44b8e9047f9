// Inter-annotator agreement on the quotation corpus: the second pass (annotations-2/) against the first
// (annotations/) on the articles both annotated (GUIDELINE.md §5).
// Usage: node tests/bench/quotes-corpus/agreement.mjs [--list]   (--list prints each disagreement)
import { sameName } from '../lib/names.mjs';
import { locateQuote, matchEntities, readAnnotations, readArticle, spanF1 } from './corpus.mjs';

const located = (article, quotes) =>
  quotes.map((q) => {
    const at = locateQuote(article, q.text, q.occurrence ?? 1) ?? { paragraph: -1, start: 0, end: 0 };
    return { ...q, ...at, paragraphText: article.paragraphs[at.paragraph] ?? '' };
  });

/** Whether two speaker judgements agree: same kind, and for named kinds the same name. */
function sameSpeaker(a, b) {
  if (a.kind !== b.kind) return false;
  return a.kind === 'person' || a.kind === 'organisation' ? sameName(a.speaker, b.speaker) : true;
}

const first = readAnnotations(1);
const second = readAnnotations(2);
const both = [...second.keys()].filter((id) => first.has(id)).sort();
const list = process.argv.includes('--list');
const spans = { tp: 0, fp: 0, fn: 0 };
let matched = 0;
let speakerAgree = 0;
const kinds = new Map();
const entities = { people: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 }, organisations: { tp: 0, fp: 0, fn: 0 } };
for (const id of both) {
  const article = readArticle(id);
  const a = located(article, first.get(id).quotes);
  const b = located(article, second.get(id).quotes);
  const used = new Set();
  for (const q of a) {
    const j = b.findIndex((r, i) => !used.has(i) && spanF1(q, r, q.paragraphText) >= 0.8);
    if (j < 0) {
      spans.fn += 1;
      if (list) console.log(`${id}: only in pass 1: "${q.text.slice(0, 70)}"`);
      continue;
    }
    used.add(j);
    spans.tp += 1;
    matched += 1;
    const r = b[j];
    kinds.set(`${q.kind}|${r.kind}`, (kinds.get(`${q.kind}|${r.kind}`) ?? 0) + 1);
    if (sameSpeaker(q, r)) speakerAgree += 1;
    else if (list) console.log(`${id}: "${q.text.slice(0, 50)}": ${q.kind} ${q.speaker ?? q.mention ?? ''} ≠ ${r.kind} ${r.speaker ?? r.mention ?? ''}`);
  }
  spans.fp += b.length - used.size;
  if (list) b.filter((_, i) => !used.has(i)).forEach((r) => console.log(`${id}: only in pass 2: "${r.text.slice(0, 70)}"`));
  for (const type of Object.keys(entities)) matchEntities(first.get(id)[type].map((e) => [e.name, ...e.aliases]), second.get(id)[type], entities[type]);
}

const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
/** Cohen's kappa of the speaker kind on matched quotations. */
function kappa() {
  const labels = [...new Set([...kinds.keys()].flatMap((k) => k.split('|')))];
  const n = [...kinds.values()].reduce((s, v) => s + v, 0);
  if (!n) return NaN;
  const po = labels.reduce((s, l) => s + (kinds.get(`${l}|${l}`) ?? 0), 0) / n;
  const margin = (side) => (l) => [...kinds].filter(([k]) => k.split('|')[side] === l).reduce((s, [, v]) => s + v, 0) / n;
  const pe = labels.reduce((s, l) => s + margin(0)(l) * margin(1)(l), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
console.log(`articles in both passes: ${both.length}`);
console.log(`quotation spans: F1 ${f1(spans).toFixed(3)} (${spans.tp} in both, ${spans.fn} only in pass 1, ${spans.fp} only in pass 2)`);
console.log(`speaker (kind and name) on the ${matched} quotations both found: ${(speakerAgree / (matched || 1)).toFixed(3)}; kind kappa ${kappa().toFixed(3)}`);
for (const [type, c] of Object.entries(entities)) console.log(`${type}: F1 ${f1(c).toFixed(3)} (${c.tp} shared, ${c.fn} only in pass 1, ${c.fp} only in pass 2)`);

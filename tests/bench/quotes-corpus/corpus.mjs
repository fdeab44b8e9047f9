// Reading the quotation corpus (tests/fixtures/analyze/corpus): articles, annotations, quotation offsets, and how
// two quotations or two entity lists are matched (the bench, the trainer and the agreement script score alike).
import fs from 'node:fs';
import path from 'node:path';
import { nameWords, sameName } from '../lib/names.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
export const corpusDir = path.join(repo, 'tests/fixtures/analyze/corpus');

export function readArticle(id) {
  return JSON.parse(fs.readFileSync(path.join(corpusDir, 'articles', `${id}.json`), 'utf8'));
}

/** Annotations of one pass (1: annotations/, 2: annotations-2/), by article id. */
export function readAnnotations(pass = 1) {
  const dir = path.join(corpusDir, pass === 1 ? 'annotations' : `annotations-${pass}`);
  if (!fs.existsSync(dir)) return new Map();
  return new Map(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))]));
}

/** Where the `occurrence`-th copy of `text` is: { paragraph, start, end }, or null. */
export function locateQuote(article, text, occurrence = 1) {
  let seen = 0;
  for (const [paragraph, p] of article.paragraphs.entries()) {
    for (let at = p.indexOf(text); at >= 0; at = p.indexOf(text, at + 1)) {
      seen += 1;
      if (seen === occurrence) return { paragraph, start: at, end: at + text.length };
    }
  }
  return null;
}

const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Token F1 of two located spans ({ paragraph, start, end, text }) of `paragraph`'s text: the tokens of their common
 * stretch against each one's tokens; ≥ 0.8 counts as the same quotation, as the analyze bench matches them.
 */
export function spanF1(a, b, paragraph) {
  if (a.paragraph !== b.paragraph || a.paragraph < 0) return 0;
  const from = Math.max(a.start, b.start);
  const to = Math.min(a.end, b.end);
  if (to <= from) return 0;
  const common = tokens(paragraph.slice(from, to)).length;
  const p = common / (tokens(a.text).length || 1);
  const r = common / (tokens(b.text).length || 1);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Counts `found` (each a list of names for one entity) against `gold` entities (name and aliases) into c's tp/fp/fn. */
export function matchEntities(found, gold, c) {
  const used = new Set();
  for (const names of found) {
    const gi = gold.findIndex((g, i) => !used.has(i) && [g.name, ...g.aliases].some((n) => names.some((m) => sameName(m, n))));
    if (gi >= 0) {
      used.add(gi);
      c.tp += 1;
    } else c.fp += 1;
  }
  c.fn += gold.length - used.size;
}

/** An unnamed or group source shown as the text names it: its head word is in the annotated mention ("a spokesperson" ↔ "a WeWork spokesperson"). */
export function sameMention(shown, mention) {
  const head = nameWords(shown).at(-1);
  return !!head && nameWords(mention).includes(head);
}

// Reading the quotation corpus (tests/fixtures/analyze/corpus): articles, annotations, quotation offsets.
import fs from 'node:fs';
import path from 'node:path';

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

// Checks annotation files of the quotation corpus against their article (GUIDELINE.md §4) and prints what to fix.
// Usage: node tests/bench/quotes-corpus/check.mjs [--pass 2] [id…]   (no id: every annotation file)
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, locateQuote, readArticle } from './corpus.mjs';

const KINDS = new Set(['person', 'organisation', 'group', 'unnamed', 'none']);
const ENTITY_TYPES = ['people', 'places', 'organisations'];

/** Problems of one annotation (an empty list when it is good). */
export function checkAnnotation(ann, article) {
  const problems = [];
  const text = article.paragraphs.join('\n');
  const inText = (s) => text.includes(s);
  if (ann.id !== article.id) problems.push(`id ${ann.id} is not the article's ${article.id}`);
  if (!Array.isArray(ann.quotes)) return [...problems, 'quotes must be a list'];
  let previous = { paragraph: -1, start: -1 };
  ann.quotes.forEach((q, i) => {
    const at = `quote ${i + 1} "${String(q.text).slice(0, 40)}"`;
    const loc = typeof q.text === 'string' && q.text ? locateQuote(article, q.text, q.occurrence ?? 1) : null;
    if (!loc) problems.push(`${at}: text not found (occurrence ${q.occurrence ?? 1}); copy it exactly`);
    else if (loc.paragraph < previous.paragraph || (loc.paragraph === previous.paragraph && loc.start < previous.start)) problems.push(`${at}: not in reading order`);
    if (loc) previous = loc;
    if (!KINDS.has(q.kind)) problems.push(`${at}: kind must be one of ${[...KINDS].join(', ')}`);
    const named = q.kind === 'person' || q.kind === 'organisation';
    if (named && (typeof q.speaker !== 'string' || !q.speaker)) problems.push(`${at}: a ${q.kind} needs a speaker name`);
    if (!named && q.speaker != null) problems.push(`${at}: kind ${q.kind} has speaker null`);
    if ((q.kind === 'group' || q.kind === 'unnamed') && !(typeof q.mention === 'string' && inText(q.mention))) problems.push(`${at}: a ${q.kind} needs the mention as written in the text`);
    if (named && !inText(q.speaker)) {
      // The fullest form may be assembled only when the text never writes it whole; every word must occur.
      const missing = q.speaker.split(/\s+/).filter((w) => !inText(w));
      if (missing.length) problems.push(`${at}: speaker "${q.speaker}" has words not in the text: ${missing.join(' ')}`);
    }
    if (q.role != null && typeof q.role !== 'string') problems.push(`${at}: role is a string or null`);
  });
  for (const type of ENTITY_TYPES) {
    if (!Array.isArray(ann[type])) {
      problems.push(`${type} must be a list`);
      continue;
    }
    for (const e of ann[type]) {
      if (typeof e?.name !== 'string' || !Array.isArray(e.aliases)) problems.push(`${type}: ${JSON.stringify(e)} needs name and aliases`);
      else for (const form of [e.name, ...e.aliases]) if (!inText(form)) problems.push(`${type}: "${form}" is not written so in the text`);
    }
  }
  for (const q of ann.quotes) {
    if (q.kind !== 'person' || typeof q.speaker !== 'string' || q.fictional === true) continue;
    if (!ann.people?.some((p) => p.name === q.speaker)) problems.push(`speaker "${q.speaker}" is not in people (list each speaker under its full name)`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const pass = args[0] === '--pass' ? Number(args.splice(0, 2)[1]) : 1;
  const dir = path.join(corpusDir, pass === 1 ? 'annotations' : `annotations-${pass}`);
  const ids = args.length ? args : fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => f.replace(/\.json$/, '')) : [];
  let bad = 0;
  for (const id of ids) {
    const file = path.join(dir, `${id}.json`);
    let problems;
    try {
      problems = checkAnnotation(JSON.parse(fs.readFileSync(file, 'utf8')), readArticle(id));
    } catch (e) {
      problems = [e.message];
    }
    if (problems.length) {
      bad += 1;
      console.log(`${id}:\n  ${problems.join('\n  ')}`);
    }
  }
  console.log(`${ids.length - bad} of ${ids.length} annotation file(s) good`);
  process.exitCode = bad ? 1 : 0;
}

// Runs the whole page pipeline (detect, extract, segment, analyse, highlight) on one document and lists every
// broken promise: a throw, a malformed result, unsafe output, a changed page, a highlight that changed the text.
import { highlightQuotes } from '../../../../src/content/reader/highlight';
import { analyzeArticle } from '../../../../src/core/analyze';
import { prepareArticle, textSegments } from '../../../../src/core/read';
import { isArticle } from '../../../../src/core/extract';
import type { ReadResult } from '../../../../src/core/read';
import { articleProblems, digestProblems } from './shape';
import { findUnsafe, findUnsafeHtml } from './unsafe';

export interface PipelineOutcome {
  problems: string[];
  result: ReadResult | null;
}

const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** A fingerprint of the whole document built without recursion (serialising a 5,000-deep tree overflows). */
export function fingerprint(doc: Document): string {
  let h = 0;
  let n = 0;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  };
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    n++;
    mix(node.nodeName);
    if (node.nodeType === 1) for (const a of Array.from((node as Element).attributes)) mix(`${a.name}=${a.value}`);
    else if (node.nodeType === 3 || node.nodeType === 8) mix((node as CharacterData).data);
    mix(String(node.childNodes.length));
  }
  return `${n}:${h}`;
}

export function runPipeline(doc: Document, url: string, sanitize: (root: Element) => void, opts: { checkUntouched?: boolean } = {}): PipelineOutcome {
  const problems: string[] = [];
  const before = opts.checkUntouched ? fingerprint(doc) : '';

  try {
    const det = isArticle(doc);
    if (typeof det.isArticle !== 'boolean' || !Number.isFinite(det.score) || det.score < 0 || typeof det.reason !== 'string') {
      problems.push(`isArticle malformed: ${JSON.stringify(det)}`);
    }
  } catch (e) {
    problems.push(`isArticle threw ${errorText(e)}`);
  }

  // prepareArticle() then analyzeArticle(), as two steps so a throw says which half failed.
  let result: ReadResult | null = null;
  try {
    const prepared = prepareArticle(doc, url, { sanitize });
    if (prepared) result = { ...prepared, digest: analyzeArticle(prepared.input) };
  } catch (e) {
    problems.push(`readArticle threw ${errorText(e)}`);
  }
  if (opts.checkUntouched && fingerprint(doc) !== before) problems.push('the page was modified by extraction');
  if (!result) return { problems, result };

  const { article, digest, bodySegments } = result;
  problems.push(...articleProblems(article));
  problems.push(...findUnsafe(article.content));
  problems.push(...findUnsafeHtml(article.html, doc));
  const paragraphs = bodySegments.map((s) => s.text);
  problems.push(...digestProblems(digest, paragraphs));

  // The reader highlights quotations on a copy of the body: the words must stay exactly the same.
  try {
    const copy = article.content.cloneNode(true) as Element;
    const text = copy.textContent;
    const segments = textSegments(copy).filter((s) => !s.caption);
    highlightQuotes(doc, segments, digest.quotes, (s) => s);
    if (copy.textContent !== text) problems.push('highlighting changed the article text');
  } catch (e) {
    problems.push(`highlightQuotes threw ${errorText(e)}`);
  }
  return { problems, result };
}

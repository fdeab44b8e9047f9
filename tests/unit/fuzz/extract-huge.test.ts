// Extreme page shapes: a generated 100,000-node page and deep nesting (5,000 levels with prose at the bottom,
// 1,000 with prose at every level; built by the parser and by DOM calls). The pipeline returns null or a
// well-formed, inert article: no throw, no stack overflow escaping, no change to the page.
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { CaseCounter } from './support/budget';
import { ownWindow, PAGE_URL } from './support/host';
import { withoutKnown } from './support/known-bugs';
import { runPipeline } from './support/pipeline';

const counter = new CaseCounter('extract-huge');
const known = new Map<string, number>();
/** What each extreme page gave (article or null), printed for the closing note. */
const outcomes: Record<string, string> = {};
afterAll(() => console.log(`${counter.summary()}; outcomes: ${JSON.stringify(outcomes)}; known-bug hits: ${JSON.stringify(Object.fromEntries(known))}`));

const PROSE = 'The harbour council voted on Tuesday to build a movable flood barrier, ending a dispute that split the town. ';

/** About `nodes` elements: an article of 40 paragraphs inside a page of link lists, cards and tables. */
function hugePage(nodes: number): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><title>Flood barrier approved</title></head><body>'];
  parts.push('<nav><ul>');
  let count = 6;
  let i = 0;
  const article = ['<article><h1>Flood barrier approved</h1>'];
  for (let p = 0; p < 40; p++) article.push(`<p>${PROSE.repeat(3)}<a href="/n${p}">more</a> <em>detail</em></p>`);
  article.push('</article>');
  count += 40 * 3 + 2;
  parts.push('</ul></nav>', article.join(''), '<section class="related"><ul>');
  while (count < nodes) {
    parts.push(`<li><div class="card"><a href="/s/${i}"><span>Story ${i}</span></a><p>Blurb ${i}</p></div></li>`);
    count += 5;
    i++;
  }
  parts.push('</ul></section></body></html>');
  return parts.join('');
}

/** `depth` nested elements; prose at the bottom only, or one paragraph at every level. */
function deepHtml(depth: number, proseEveryLevel: boolean): string {
  const open: string[] = [];
  for (let d = 0; d < depth; d++) open.push(proseEveryLevel ? `<div><p>${PROSE}</p>` : '<div>');
  return `<!doctype html><html lang="en"><head><title>Deep</title></head><body>${open.join('')}<p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(4)}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** The same shape built with DOM calls (no parser limits or quirks involved). */
function deepDom(doc: Document, depth: number, proseEveryLevel: boolean): void {
  let parent: Element = doc.body;
  for (let d = 0; d < depth; d++) {
    const div = doc.createElement(d % 2 ? 'div' : 'section');
    if (proseEveryLevel) div.appendChild(doc.createElement('p')).textContent = PROSE;
    parent.appendChild(div);
    parent = div;
  }
  for (let k = 0; k < 2; k++) parent.appendChild(doc.createElement('p')).textContent = PROSE.repeat(4);
}

function check(label: string, doc: Document, sanitize: (root: Element) => void, maxNodes?: number): void {
  counter.add(label);
  const { problems, result } = runPipeline(doc, PAGE_URL, sanitize, { checkUntouched: true });
  outcomes[label] = result ? `article (${result.article.wordCount} words)` : 'null';
  if (maxNodes) {
    const wide = extractArticle(doc, PAGE_URL, { sanitize, maxNodes });
    outcomes[`${label} maxNodes=${maxNodes}`] = wide ? `article (${wide.wordCount} words)` : 'null';
  }
  expect(withoutKnown(problems, known)).toEqual([]);
}

// These check that nothing overflows or throws, not speed: jsdom on a loaded 2-core machine can take a minute on
// them, so they get a wider timeout than the suite's.
const EXTREME_TIMEOUT = 240_000;

describe('extreme pages', () => {
  it('a 100,000-node page: null or a well-formed article, nothing thrown (also with the node cap lifted)', () => {
    const page = ownWindow(hugePage(100_000));
    try {
      expect(page.doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(100_000);
      check('100k-nodes', page.doc, page.sanitize, 250_000);
    } finally {
      page.close();
    }
  }, EXTREME_TIMEOUT);

  // Prose at every level makes the article body itself that deep; at 5,000 levels jsdom's own recursive helpers
  // make that case take minutes, so it runs at 1,000 (deep enough that the engine has to return a deep body).
  for (const [every, depth] of [[false, 5_000], [true, 1_000]] as const) {
    const shape = every ? 'prose at every level' : 'prose at the bottom';
    const tag = `deep-${depth}-${every ? 'every' : 'bottom'}`;
    // The parser and DOM calls build the same tree for the every-level shape; the DOM-built one is enough there.
    if (!every) it(`${depth}-deep nesting, parsed (${shape})`, () => {
      const page = ownWindow(deepHtml(depth, every));
      // Not closed: jsdom's recursive teardown overflows on thousands of levels; the window is left to the GC.
      check(`${tag}-parsed`, page.doc, page.sanitize);
    }, EXTREME_TIMEOUT);

    it(`${depth}-deep nesting, built with DOM calls (${shape})`, () => {
      const page = ownWindow('<!doctype html><html lang="en"><head><title>Deep</title></head><body></body></html>');
      deepDom(page.doc, depth, every);
      check(`${tag}-dom`, page.doc, page.sanitize);
    }, EXTREME_TIMEOUT);
  }
});

// Work the engine does on hostile page shapes, counted rather than timed: every text read through textContent,
// every element a selector query returns and every step of a tree walk (firstChild / nextSibling) is tallied on
// the page's own window. A path that re-reads a subtree once per level above it (textContent of nested clutter,
// a query of the parent per <noscript>) makes these counts grow with the square of the page; the bounds below
// allow a fixed number of readings per node.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';

const PROSE = 'The harbour council voted on Tuesday to build a movable flood barrier, ending a dispute that split the town. ';

interface Work { textChars: number; queried: number; steps: number }

/** Parses `body` into a window whose DOM getters count the work done through them. */
function counted(body: string): { doc: Document; work: Work; elements: number; chars: number } {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>Flood barrier</title></head><body>${body}</body></html>`, { url: 'https://news.example/a' });
  const w = dom.window;
  const work: Work = { textChars: 0, queried: 0, steps: 0 };
  const wrapGetter = (proto: object, name: string, tally: (v: unknown) => void): void => {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, { ...d, get(this: Node) { const v = d.get!.call(this); tally(v); return v; } });
  };
  wrapGetter(w.Node.prototype, 'textContent', (v) => { work.textChars += typeof v === 'string' ? v.length : 0; });
  for (const name of ['firstChild', 'nextSibling']) {
    wrapGetter(w.Node.prototype, name, () => { work.steps++; });
  }
  for (const proto of [w.Element.prototype, w.Document.prototype, w.DocumentFragment.prototype]) {
    const qsa = proto.querySelectorAll;
    proto.querySelectorAll = function (this: ParentNode, sel: string) {
      const r = qsa.call(this, sel);
      work.queried += r.length;
      return r;
    } as typeof qsa;
  }
  const doc = w.document;
  const elements = doc.getElementsByTagName('*').length;
  const chars = doc.documentElement.textContent!.length;
  // Parsing and the counts above are not the engine's work.
  Object.assign(work, { textChars: 0, queried: 0, steps: 0 });
  return { doc, work, elements, chars };
}

/** Readings allowed per element or per character of the page: a few passes (select, copy, clean, read back). */
const PER_NODE = 30;

function expectLinear(body: string): Work {
  const page = counted(body);
  extractArticle(page.doc, 'https://news.example/a', { maxNodes: 1_000_000 });
  const { work, elements, chars } = page;
  expect(work.textChars).toBeLessThanOrEqual(PER_NODE * chars);
  expect(work.queried).toBeLessThanOrEqual(PER_NODE * elements);
  expect(work.steps).toBeLessThanOrEqual(PER_NODE * elements + 10 * chars / PROSE.length);
  return work;
}

const N = 1_000;
const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

describe('work on hostile page shapes grows with the page, not its square', () => {
  it('clutter nested in clutter, each level with prose (a "share" box holding the rest of the page)', () => {
    expectLinear(`<div>${repeat(N, () => `<div class="share"><p>${PROSE}</p>`)}${'</div>'.repeat(N)}</div>`);
  });

  it('thousands of <noscript> images beside the paragraphs of one block', () => {
    expectLinear(`<div>${repeat(N, (i) => `<p>${PROSE}</p><noscript><img src="/n${i}.jpg"></noscript><img src="/i${i}.jpg">`)}</div>`);
  });

  it('a <figure> wrapping the whole article, nested standfirst wrappers, big forms', () => {
    expectLinear(`<figure><img src="/lead.jpg">${repeat(N, () => `<div class="intro summary"><p>${PROSE}</p>`)}${'</div>'.repeat(N)}</figure>` +
      `<div>${repeat(200, () => `<form><p>${PROSE.repeat(5)}</p>`)}${'</form>'.repeat(200)}</div>`);
  });

  it('the node cap holds: a page past it is refused after reading at most the cap', () => {
    const page = counted(`<div>${repeat(30_000, () => `<p><span>${PROSE}</span></p>`)}</div>`);
    expect(extractArticle(page.doc, 'https://news.example/a', { maxNodes: 20_000 })).toBeNull();
    expect(page.work.steps).toBeLessThanOrEqual(3 * 20_000);
    expect(page.work.textChars).toBeLessThanOrEqual(PER_NODE * page.chars);
  });
});

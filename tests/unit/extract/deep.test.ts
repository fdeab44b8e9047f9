// Deeply nested pages: the engine's walks and copies use explicit stacks, so depth never overflows the call stack.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneIteratively, deepClone } from '../../../src/core/dom/clone';
import { readParagraphs } from '../../../src/core/extract/text';
import { textSegments } from '../../../src/core/read/segments';

const SENTENCE = 'The harbour council voted on Tuesday to build a movable flood barrier after a long dispute. ';
const bodyOf = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

/** A body with `depth` nested divs around three paragraphs (built with the DOM: parsers cap nesting). */
function deepBody(depth: number): { body: HTMLElement; inner: Element } {
  const body = bodyOf('');
  let inner: Element = body;
  for (let d = 0; d < depth; d++) inner = inner.appendChild(body.ownerDocument.createElement('div'));
  for (let k = 0; k < 3; k++) inner.appendChild(body.ownerDocument.createElement('p')).textContent = `${k} ${SENTENCE}`;
  return { body, inner };
}

describe('deep trees', () => {
  it('the iterative copy equals the native one on an ordinary tree', () => {
    const body = bodyOf('<div lang="fr"><p>a <b>b</b><!-- c --> d</p><ul><li>e</li><li><i>f</i></li></ul></div><p>g</p>');
    expect(cloneIteratively(body).outerHTML).toBe((body.cloneNode(true) as HTMLElement).outerHTML);
    expect(deepClone(body).outerHTML).toBe(body.outerHTML);
  });

  it('copies and reads a tree 6,000 levels deep', () => {
    const { body } = deepBody(6_000);
    const copy = deepClone(body);
    expect(copy === body).toBe(false);
    expect(copy.textContent).toBe(body.textContent);
    expect(readParagraphs(copy)).toEqual([0, 1, 2].map((k) => `${k} ${SENTENCE}`.trim()));
    expect(textSegments(copy).map((s) => s.text)).toEqual([0, 1, 2].map((k) => `${k} ${SENTENCE}`.trim()));
  });
});

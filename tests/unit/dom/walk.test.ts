// The shared page walk: visit order, skipped subtrees, edits during the walk and depth beyond the call stack.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { walk, type WalkFrame } from '../../../src/core/dom/walk';

const bodyOf = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

interface Frame extends WalkFrame { name: string }

/** Walks `root` and logs every callback in call order. */
function trace(root: Element, skip: Set<string> = new Set()): string[] {
  const log: string[] = [];
  walk<Frame>({ node: root, name: 'root' }, {
    enter: (el, parent) => {
      const name = el.tagName.toLowerCase();
      log.push(`enter ${name} in ${parent.name}`);
      return skip.has(name) ? null : { node: el, name };
    },
    text: (t, parent) => { log.push(`text ${t.data} in ${parent.name}`); },
    other: (n, parent) => { log.push(`other ${n.nodeType} in ${parent.name}`); },
    exit: (f, parent) => { log.push(`exit ${f.name} to ${parent?.name ?? '-'}`); },
  });
  return log;
}

describe('walk', () => {
  it('visits children in document order, exits each frame after its children and the root last', () => {
    expect(trace(bodyOf('<p>a<b>b</b><!--c--></p>d<i></i>'))).toEqual([
      'enter p in root', 'text a in p', 'enter b in p', 'text b in b', 'exit b to p', 'other 8 in p', 'exit p to root',
      'text d in root', 'enter i in root', 'exit i to root', 'exit root to -',
    ]);
  });

  it('skips the subtree of an element entered with null, without exiting it', () => {
    expect(trace(bodyOf('<p>a<b>b<i>c</i></b>d</p>'), new Set(['b']))).toEqual([
      'enter p in root', 'text a in p', 'enter b in p', 'text d in p', 'exit p to root', 'exit root to -',
    ]);
  });

  it('lets callbacks remove or replace the node they are given and walks the replacement', () => {
    const body = bodyOf('<p>a</p><form><span>kept</span></form><!--x--><em>b</em>');
    const seen: string[] = [];
    walk<WalkFrame>({ node: body }, {
      enter: (el) => {
        seen.push(el.tagName);
        if (el.tagName === 'P') { el.remove(); return null; }
        if (el.tagName === 'FORM') {
          const div = el.ownerDocument.createElement('div');
          while (el.firstChild) div.appendChild(el.firstChild);
          el.replaceWith(div);
          return { node: div };
        }
        return { node: el };
      },
      other: (n) => { n.remove(); },
    });
    expect(seen).toEqual(['P', 'FORM', 'SPAN', 'EM']);
    expect(body.innerHTML).toBe('<div><span>kept</span></div><em>b</em>');
  });

  it('walks a tree 100,000 levels deep (far beyond the call stack)', () => {
    const doc = bodyOf('').ownerDocument;
    // Built inside out and detached: the DOM implementation's own insertion work recurses over ancestors.
    let top: Element = doc.createElement('div');
    top.textContent = 'bottom';
    for (let d = 0; d < 100_000; d++) {
      const up = doc.createElement('div');
      up.appendChild(top);
      top = up;
    }
    let deepest = 0;
    let exits = 0;
    let text = '';
    walk<WalkFrame & { depth: number }>({ node: top, depth: 0 }, {
      enter: (el, parent) => ({ node: el, depth: parent.depth + 1 }),
      text: (t, parent) => { text = t.data; deepest = parent.depth; },
      exit: () => { exits++; },
    });
    expect([deepest, exits, text]).toEqual([100_000, 100_001, 'bottom']);
  });
});

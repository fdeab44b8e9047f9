// Deep copy of a subtree that survives any nesting depth (some DOM implementations clone recursively).

import { walk } from './walk';

/** One node being copied: the original and its copy, still detached. */
interface Frame { node: Node; copy: Node }

/**
 * Copies `node` and its subtree with an explicit stack. Each copy joins its parent once its own subtree is done,
 * while the parent is still detached: insertion costs stay flat however deep the tree is.
 */
export function cloneIteratively<T extends Node>(node: T): T {
  const top = node.cloneNode(false) as T;
  const leaf = (n: Node, up: Frame): void => { up.copy.appendChild(n.cloneNode(false)); };
  walk<Frame>({ node, copy: top }, {
    enter: (el) => ({ node: el, copy: el.cloneNode(false) }),
    text: leaf,
    other: leaf,
    exit: (f, up) => { if (up) up.copy.appendChild(f.copy); },
  });
  return top;
}

/**
 * cloneNode(true), except that a subtree too deep for the engine's own (recursive) clone is copied iteratively
 * instead of throwing. Ordinary pages keep the fast native clone.
 */
export function deepClone<T extends Node>(node: T): T {
  try {
    return node.cloneNode(true) as T;
  } catch (e) {
    if (e instanceof RangeError) return cloneIteratively(node);
    throw e;
  }
}

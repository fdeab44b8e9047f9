// Deep copy of a subtree that survives any nesting depth (some DOM implementations clone recursively).

/**
 * Copies `node` and its subtree with an explicit stack. Each copy joins its parent once its own subtree is done,
 * while the parent is still detached: insertion costs stay flat however deep the tree is.
 */
export function cloneIteratively<T extends Node>(node: T): T {
  const top = node.cloneNode(false) as T;
  // [original, copy, next original child to copy]
  const stack: Array<[Node, Node, ChildNode | null]> = [[node, top, node.firstChild]];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const c = f[2];
    if (c) {
      f[2] = c.nextSibling;
      stack.push([c, c.cloneNode(false), c.firstChild]);
      continue;
    }
    stack.pop();
    const up = stack[stack.length - 1];
    if (up) up[1].appendChild(f[1]);
  }
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

// Depth-first walk of a DOM subtree with an explicit stack: pages built by scripts can nest thousands of levels,
// beyond the call stack. The engine's page walks share this skeleton and differ only in their per-node work.

/** State of one open node of a walk; its `node`'s children are read next. */
export interface WalkFrame {
  readonly node: Node;
}

/** Per-node work of a walk. The callbacks are called as plain functions (no `this`). */
export interface WalkVisitor<F extends WalkFrame> {
  /**
   * An element child of `parent.node`: returns the frame for its subtree, or null to skip the subtree. May remove
   * or replace the element (its next sibling was read before); the returned frame's `node` is walked.
   */
  enter(el: Element, parent: F): F | null;
  /** A text child. */
  text?(node: Text, parent: F): void;
  /** Any other child (comment, processing instruction…). May remove it. */
  other?(node: ChildNode, parent: F): void;
  /** Once all of `frame.node`'s children are read; `parent` is undefined for the root frame. */
  exit?(frame: F, parent: F | undefined): void;
}

/** Walks the subtree under `root.node` in document order; `exit` is called for every entered frame and the root. */
export function walk<F extends WalkFrame>(root: F, visitor: WalkVisitor<F>): void {
  const { enter, text, other, exit } = visitor;
  const frames: F[] = [root];
  // Next child to read of each open frame (kept beside the frames so that frames of any shape can be used).
  const nexts: Array<ChildNode | null> = [root.node.firstChild];
  while (frames.length) {
    const top = frames.length - 1;
    const f = frames[top]!;
    const c = nexts[top] ?? null;
    if (!c) {
      frames.pop();
      nexts.pop();
      if (exit) exit(f, frames[top - 1]);
      continue;
    }
    // Read before visiting the child: it may be removed or replaced.
    nexts[top] = c.nextSibling;
    const type = c.nodeType;
    if (type === 1) {
      const child = enter(c as Element, f);
      if (child) {
        frames.push(child);
        nexts.push(child.node.firstChild);
      }
    } else if (type === 3) {
      if (text) text(c as Text, f);
    } else if (other) other(c, f);
  }
}

// Text length and image count of subtrees, memoised for one walk. The cleaning walk asks them of nested elements
// (a clutter block inside a clutter block, a <noscript>'s parent): textContent or querySelectorAll per element
// reads a subtree once per level above it, which turns quadratic on deep or long hostile pages; here every node
// is read once in all.

import { walk } from './walk';

export interface SubtreeSize {
  /** Characters of text in the subtree (what textContent.length gives). */
  text: number;
  /** <img> elements in the subtree. */
  images: number;
}

interface Frame { node: Element; size: SubtreeSize }

/**
 * Returns a reader of subtree sizes. Sizes are taken when first asked and kept: the caller asks of an element
 * before it changes the element's subtree (a top-down walk does), or accepts the size it had then.
 */
export function subtreeSizes(): (el: Element) => SubtreeSize {
  const memo = new Map<Element, SubtreeSize>();
  return (el: Element): SubtreeSize => {
    const known = memo.get(el);
    if (known) return known;
    const top: Frame = { node: el, size: { text: 0, images: el.tagName.toUpperCase() === 'IMG' ? 1 : 0 } };
    walk<Frame>(top, {
      enter: (child, up) => {
        const seen = memo.get(child);
        if (seen) {
          up.size.text += seen.text;
          up.size.images += seen.images;
          return null;
        }
        return { node: child, size: { text: 0, images: child.tagName.toUpperCase() === 'IMG' ? 1 : 0 } };
      },
      text: (t, up) => { up.size.text += t.data.length; },
      exit: (f, up) => {
        memo.set(f.node, f.size);
        if (up) { up.size.text += f.size.text; up.size.images += f.size.images; }
      },
    });
    return top.size;
  };
}

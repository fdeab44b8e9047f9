// Reads the cleaned body back as paragraphs: one entry per block (headings, paragraphs, items, quotes).

import { walk } from '../dom/walk';
import { BLOCK_TAGS } from './rules';

/** Blocks whose text describes media rather than telling the story; kept in HTML, left out of the text. */
const SKIP_TEXT = new Set(['FIGCAPTION', 'CAPTION']);

interface Frame { node: Node; block: boolean }

export function readParagraphs(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  // A block's text ends with the block, as its own paragraph.
  walk<Frame>({ node: root, block: false }, {
    enter: (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR' || SKIP_TEXT.has(tag)) { flush(); return null; }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      return { node: el, block };
    },
    text: (t) => { buf += t.data; },
    exit: (f) => { if (f.block) flush(); },
  });
  flush();
  return out;
}

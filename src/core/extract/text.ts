// Reads the cleaned body back as paragraphs: one entry per block (headings, paragraphs, items, quotes).

import { BLOCK_TAGS } from './rules';

/** Blocks whose text describes media rather than telling the story; kept in HTML, left out of the text. */
const SKIP_TEXT = new Set(['FIGCAPTION', 'CAPTION']);

export function readParagraphs(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { buf += (c as Text).data; continue; }
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      const tag = e.tagName.toUpperCase();
      if (tag === 'BR') { flush(); continue; }
      if (SKIP_TEXT.has(tag)) { flush(); continue; }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(e);
        flush();
      } else {
        walk(e);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

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
  // Iterative (explicit stack): pages built by scripts can nest thousands of levels, beyond the call stack.
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [{ next: root.firstChild, block: false }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const c = f.next;
    if (!c) {
      stack.pop();
      if (f.block) flush();
      continue;
    }
    f.next = c.nextSibling;
    if (c.nodeType === 3) { buf += (c as Text).data; continue; }
    if (c.nodeType !== 1) continue;
    const e = c as Element;
    const tag = e.tagName.toUpperCase();
    if (tag === 'BR') { flush(); continue; }
    if (SKIP_TEXT.has(tag)) { flush(); continue; }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    stack.push({ next: e.firstChild, block });
  }
  flush();
  return out;
}

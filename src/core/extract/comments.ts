// Readers' comments written without a class word that names them: blogs put a plain heading ("Comments",
// "12 Responses to “…”", "Leave a Reply") above them, inside the same block as the story. Everything from that
// heading on is the comments' section, not the article.

import { squash } from '../dom/text';

/**
 * Heading text that opens a comments section: the section's own name ("Comments", "Commentaires (3)"), or a count of
 * comments, responses or replies ("1 Comment", "12 Responses to “…”"). A bare "Response" or "Reactions" is left
 * alone: articles use those as section titles.
 */
const COMMENTS_HEADING = new RegExp(
  '^(?:(?:\\d+|no)\\s+)?(?:(?:readers?|users?)\'?\\s+)?(?:comments|commentaires|kommentare|comentarios|commenti|reacties|komentarze)' +
  '(?:\\s*\\(\\d+\\))?(?:\\s*:|\\s+(?:to|on|so far|sur|zu)\\b.*)?$' +
  '|^(?:\\d+|one|no)\\s+(?:comments?|responses?|repl(?:y|ies)|reactions?)(?:\\s*:|\\s+(?:to|on|so far)\\b.*)?$' +
  '|^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:discussion|conversation)|laisser un commentaire)\\b',
  'i',
);
/** Longest heading read as a comments heading ("3 Responses to" a long title). */
const MAX_HEADING = 160;
/** Article text that must come before the cut: a comments heading above the story is a link row, not the section. */
const MIN_TEXT_BEFORE = 200;

const hasText = (n: Node): boolean => /\S/.test(n.textContent ?? '');

/** Characters of text before `el` inside `root`. */
function textBefore(el: Element, root: Element): number {
  let n = 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let s = e.previousSibling; s; s = s.previousSibling) n += squash(s.textContent ?? '').length;
  }
  return n;
}

/**
 * Cuts the comments' section out of `root` (a detached copy): from the first comments heading, climbed up to the
 * outermost block it opens (nothing with text before it there), to the end of that block's parent.
 */
export function cutComments(root: Element): void {
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const text = squash(h.textContent ?? '');
    if (!text || text.length > MAX_HEADING || !COMMENTS_HEADING.test(text)) continue;
    let start: Element = h;
    for (;;) {
      const up = start.parentElement;
      if (!up || up === root) break;
      let first = true;
      for (let s = start.previousSibling; s && first; s = s.previousSibling) if (hasText(s)) first = false;
      if (!first) break;
      start = up;
    }
    if (textBefore(start, root) < MIN_TEXT_BEFORE) continue;
    while (start.nextSibling) start.nextSibling.remove();
    start.remove();
    return;
  }
}

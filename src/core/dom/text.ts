// Small text helpers over the DOM standard: whitespace collapsing, class/id tokenising, block text reading.

const WS = /\s+/g;

/** Collapses runs of whitespace (incl. NBSP) to one space and trims. */
export function squash(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** class/id names of a box about the writer (bio, photo, "more by"): never the story, whatever else the element says. */
const AUTHOR_BOX = /^(?:(?:about[-_]?(?:the[-_]?)?author|author[-_]?(?:bio|box|info|text|description|details|profile|about)|bio|bios|biography)(?:$|[-_s])|(?:post|entry|article)[-_]?author(?:s|[-_]?(?:bio|box|info|wrap|area))?$)/i;
/** The token attrTokens adds for such a name (a hyphen never survives splitting, so no class yields it otherwise). */
export const AUTHOR_BOX_TOKEN = 'author-box';

/** Splits class and id values into lower-case word tokens ("articleShare-bar_x" → article, share, bar, x). */
export function attrTokens(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return [];
  const raw = `${cls ?? ''} ${id ?? ''}`;
  const out: string[] = [];
  for (const name of raw.split(/\s+/)) {
    if (!name) continue;
    // Checked before the taxonomy skip below: 'author-bio' or 'about_author' is a box about the writer.
    if (AUTHOR_BOX.test(name)) out.push(AUTHOR_BOX_TOKEN);
    // WordPress-style taxonomy classes ("tag-ads", "category-comment") describe the post, not the block.
    if (/^(tag|category|cat|author|postid|post-id|format|status|topic|section)[-_]/i.test(name)) continue;
    for (const part of name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[^a-z0-9]+/)) {
      if (part) out.push(part);
    }
  }
  return out;
}

/** Characters of link text inside `el`, each link's text trimmed. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += (a.textContent ?? '').trim().length;
  return n;
}

/** Counts words the way readers do: runs of letters/digits. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

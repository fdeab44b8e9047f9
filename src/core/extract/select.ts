// Finds the article's root element with one read-only pass: every block of text scores for the
// elements above it (long low-link prose counts for, link lists and chrome count against), and the
// element with the best total wins.

import { isHidden, wordMatcher } from '../dom/inspect';
import { BLOCK_TAGS, CHROME_TAGS, CLUTTER_WORDS, CONTENT_WORDS, DROP_TAGS, HEADING_TAGS } from './rules';

/** ARIA roles that mark page chrome. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);
/** Cells and items are allowed to be short without counting as clutter (tables, lists, captions). */
const SHORT_OK = new Set(['TD', 'TH', 'LI', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'BLOCKQUOTE', 'PRE']);

/** Descendants that show an element wraps the article itself rather than a side block. */
const WRAPPER_SIGNS = 'h1, main, [itemprop~="articleBody"]';

export const isClutter = wordMatcher(CLUTTER_WORDS.map((w) => w[0]), CONTENT_WORDS.map((w) => w[0]));

/** Weight of link text against a block (1 = as much as the same amount of prose counts for). */
const LINK_WEIGHT = 2;

export class TooBigError extends Error {}

export interface Selection {
  root: Element;
  score: number;
  /** Characters of prose (long, low-link blocks) in the whole page. */
  proseChars: number;
  /** Number of prose blocks in the whole page. */
  proseBlocks: number;
  nodes: number;
}

interface Acc { len: number; link: number; last: string }

/** Length of a text node's content without surrounding whitespace. */
function textLen(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

export function selectRoot(doc: Document, maxNodes: number): Selection | null {
  const body = doc.body;
  if (!body) return null;
  let best: Element | null = null;
  let bestScore = -Infinity;
  let nodes = 0;
  let proseChars = 0;
  let proseBlocks = 0;

  const unit = (a: Acc, clutter: boolean, tag: string): number => {
    const len = a.len;
    if (!len) return 0;
    if (clutter) return -len;
    // Link text weighs double against: teaser cards (headline link + blurb) must not add up to an article.
    if (a.link * 2 > len) return -LINK_WEIGHT * len;
    if (HEADING_TAGS.has(tag)) return 0;
    const plain = len - a.link;
    if (plain >= 80 || (plain >= 30 && /[.!?…:;"”»)]$/.test(a.last))) {
      proseChars += plain;
      proseBlocks++;
      return plain - (LINK_WEIGHT - 1) * a.link;
    }
    return SHORT_OK.has(tag) ? 0 : -0.25 * len;
  };

  const visit = (el: Element, acc: Acc, clutter: boolean, inLink: boolean): number => {
    if (++nodes > maxNodes) throw new TooBigError();
    const tag = el.tagName.toUpperCase();
    if (DROP_TAGS.has(tag) && tag !== 'FORM' && tag !== 'LABEL') return 0;
    if (tag === 'SVG' || tag === 'IFRAME' || tag === 'IMG') return 0;
    if (isHidden(el)) return 0;
    let cl = clutter;
    if (!cl) {
      const role = el.getAttribute('role');
      cl = CHROME_TAGS.has(tag) || (!!role && CHROME_ROLES.has(role)) || (tag !== 'BODY' && isClutter(el));
      // A "clutter" word on a wrapper that holds the headline or the article landmark is a layout class.
      if (cl && el.querySelector(WRAPPER_SIGNS)) cl = false;
    }
    const block = BLOCK_TAGS.has(tag);
    const my: Acc = block ? { len: 0, link: 0, last: '' } : acc;
    const lk = inLink || tag === 'A';
    let score = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const t = c.nodeType;
      if (t === 1) score += visit(c as Element, my, cl, lk);
      else if (t === 3) {
        const data = (c as Text).data;
        const n = textLen(data);
        if (n) {
          my.len += n;
          if (lk) my.link += n;
          my.last = data.trimEnd().slice(-1);
        }
      }
    }
    if (block) score += unit(my, cl, tag);
    if (score >= bestScore && score > 0) {
      best = el;
      bestScore = score;
    }
    return score;
  };

  visit(body, { len: 0, link: 0, last: '' }, false, false);
  if (!best) return null;
  return { root: best, score: bestScore, proseChars, proseBlocks, nodes };
}

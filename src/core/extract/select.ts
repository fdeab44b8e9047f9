// Finds the article's root element with one read-only pass over the page: every block of text scores for
// the elements above it (long low-link prose counts for, link lists, teaser cards and chrome count against)
// and the element with the best total wins. The same pass collects the facts the metadata readers need,
// so that no other full-page query is required.

import { isHidden } from '../dom/inspect';
import { AUTHOR_BOX_TOKEN, attrTokens, linkTextLength } from '../dom/text';
import { walk } from '../dom/walk';
import { BLOCK_TAGS, CHROME_TAGS, CLUTTER_SET as CLUTTER, CONTENT_SET as CONTENT, DROP_TAGS, HEADING_TAGS } from './rules';

/** ARIA roles that mark page chrome. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);
/** Cells and items are allowed to be short without counting as clutter (tables, lists, captions). */
const SHORT_OK = new Set(['TD', 'TH', 'LI', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'BLOCKQUOTE', 'PRE']);
/** Descendants that show an element wraps the article itself rather than a side block. */
const WRAPPER_SIGNS = 'h1, main, [itemprop~="articleBody"]';
/** class/id words of a byline element. */
const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'autor', 'auteur']);
/** class/id words of a standfirst (the paragraph under the headline). */
const STANDFIRST_WORDS = new Set(['standfirst', 'chapo', 'chapeau', 'lede', 'dek', 'deck', 'intro', 'summary', 'subtitle', 'subheadline', 'subhead', 'strapline', 'excerpt', 'lead', 'leadin', 'description', 'teaser', 'abstract', 'sapo']);
/** Weight of link text against a block (1 = as much as the same amount of prose counts for). */
const LINK_WEIGHT = 2;
/** A teaser's headline link has at least this many characters. */
const MIN_HEADLINE = 15;
/** A teaser's blurb is shorter than this. */
const MAX_BLURB = 350;

function clutterTokens(tokens: string[]): boolean {
  let hit = false;
  for (const t of tokens) {
    if (t === AUTHOR_BOX_TOKEN) return true;
    if (CONTENT.has(t)) return false;
    if (CLUTTER.has(t)) hit = true;
  }
  return hit;
}

/** class/id words say "boilerplate" and no word says "content". */
export function isClutter(el: Element): boolean {
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  return clutterTokens(attrTokens(el));
}

/** Blocks that hold one paragraph: never the whole article on their own when their container scores for. */
const ONE_PARAGRAPH = new Set(['P', 'BLOCKQUOTE', 'PRE']);
/** A sibling of the root joins the article when it scores at least this share of the root's score… */
const SIBLING_SHARE = 0.2;
/** …and at least this much (a paragraph or two of prose). */
const MIN_SIBLING = 200;

/** A sibling line of the story's paragraphs: not chrome, no clutter word, not hidden, text not mostly links. */
function isStoryLine(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase()) || isClutter(el) || isHidden(el)) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && linkTextLength(el) <= 0.5 * len;
}

export class TooBigError extends Error {}

/** Elements met during the pass that metadata, lead image and standfirst readers use. */
export interface PageFacts {
  metas: Element[];
  jsonLd: Element[];
  headings: Element[];
  /** The first <h1>–<h3>s, where a headline may be looked for. */
  heads: Element[];
  times: Element[];
  itemprops: Element[];
  bylines: Element[];
  standfirsts: Element[];
  /** Images with the number of prose blocks seen before them. */
  images: Array<{ el: Element; prose: number }>;
  title: string;
  baseHref: string | null;
}

export interface Selection {
  root: Element;
  /** The root plus those of its siblings that hold prose of their own (document order). */
  parts: Element[];
  score: number;
  /** Prose blocks seen before the root's own content started. */
  proseBeforeRoot: number;
  proseChars: number;
  proseBlocks: number;
  nodes: number;
  facts: PageFacts;
  /** Every block with a positive score (the candidate containers), for the block model's features. */
  scores: Map<Element, number>;
  /** Prose blocks seen before each scored block began. */
  proseAt: Map<Element, number>;
}

interface Acc { len: number; link: number; last: string }

/** One open element of the page walk: its state while its children are read. */
interface Frame {
  node: Element; tag: string; my: Acc; cl: boolean; lk: boolean; block: boolean;
  prose0: number; chars0: number; links0: number;
  /** Sum of the children's scores so far. */
  score: number;
}

/** CJK scripts pack a word into one or two characters, so their text weighs this much more per character. */
const CJK_WEIGHT = 3;

/** Length of a text node's content without surrounding whitespace (CJK text weighted as Latin prose). */
function textLen(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a < b && s.charCodeAt(a) >= 0x2e80 && s.charCodeAt(a) < 0xfb00 ? (b - a) * CJK_WEIGHT : b - a;
}

const EMPTY: string[] = [];

export function selectRoot(doc: Document, maxNodes: number): Selection | null {
  const body = doc.body;
  if (!body) return null;
  const facts: PageFacts = {
    metas: [], jsonLd: [], headings: [], heads: [], times: [], itemprops: [], bylines: [], standfirsts: [], images: [], title: '', baseHref: null,
  };
  const head = doc.head;
  if (head) {
    for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (tag === 'META') facts.metas.push(c);
      else if (tag === 'TITLE') facts.title = c.textContent ?? '';
      else if (tag === 'BASE' && c.hasAttribute('href')) facts.baseHref = c.getAttribute('href');
      else if (tag === 'SCRIPT' && c.getAttribute('type') === 'application/ld+json') facts.jsonLd.push(c);
    }
  }

  // Pages repeat the same class lists many times; tokenise each distinct one once.
  const tokenCache = new Map<string, string[]>();
  const scores = new Map<Element, number>();
  /** Prose blocks seen before each scored block began. */
  const proseAt = new Map<Element, number>();
  // Ancestors of the headline / main landmark, found with one query instead of one per clutter element.
  const wrappers = new Set<Element>();
  for (const sign of Array.from(body.querySelectorAll(WRAPPER_SIGNS))) {
    for (let e = sign.parentElement; e && !wrappers.has(e); e = e.parentElement) wrappers.add(e);
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  let proseBeforeRoot = 0;
  let nodes = 0;
  let proseChars = 0;
  let proseBlocks = 0;
  let linkUnitChars = 0;

  const unit = (a: Acc, clutter: boolean, tag: string): number => {
    const len = a.len;
    if (!len) return 0;
    if (clutter) return -len;
    // Link text weighs double against: teaser cards (headline link + blurb) must not add up to an article.
    if (a.link * 2 > len) {
      linkUnitChars += len;
      return -LINK_WEIGHT * len;
    }
    if (HEADING_TAGS.has(tag)) return 0;
    const plain = len - a.link;
    if (plain >= 80 || (plain >= 30 && /[.!?…:;"”»)。！？」』]$/.test(a.last))) {
      proseChars += plain;
      proseBlocks++;
      return plain - (LINK_WEIGHT - 1) * a.link;
    }
    return SHORT_OK.has(tag) ? 0 : -0.25 * len;
  };

  /** Opens an element: null when it is skipped (its score is 0), else its frame with the children still to read. */
  const enter = (el: Element, acc: Acc, clutter: boolean, inLink: boolean): Frame | null => {
    if (++nodes > maxNodes) throw new TooBigError();
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') {
      if (el.getAttribute('type') === 'application/ld+json') facts.jsonLd.push(el);
      return null;
    }
    if (tag === 'META') { facts.metas.push(el); return null; }
    if (tag === 'IMG') { facts.images.push({ el, prose: proseBlocks }); return null; }
    if (DROP_TAGS.has(tag) && tag !== 'FORM' && tag !== 'LABEL') return null;
    if (tag === 'SVG' || tag === 'IFRAME') return null;
    let cl = clutter;
    // Attribute reads are the costly part of the walk; most elements (p, span, em…) have none.
    if (el.hasAttributes()) {
      if (isHidden(el)) return null;
      const key = `${el.getAttribute('class') ?? ''}#${el.getAttribute('id') ?? ''}`;
      let tokens = key === '#' ? EMPTY : tokenCache.get(key);
      if (!tokens) {
        tokens = attrTokens(el);
        tokenCache.set(key, tokens);
      }
      if (tokens.length) {
        for (const t of tokens) {
          if (BYLINE_WORDS.has(t)) { facts.bylines.push(el); break; }
          if (STANDFIRST_WORDS.has(t)) { facts.standfirsts.push(el); break; }
        }
      }
      if (el.hasAttribute('itemprop')) facts.itemprops.push(el);
      else if (tag === 'A' && el.getAttribute('rel') === 'author') facts.bylines.push(el);
      if (!cl) {
        const role = el.getAttribute('role');
        cl = (!!role && CHROME_ROLES.has(role)) || (tag !== 'BODY' && tokens.length > 0 && clutterTokens(tokens));
      }
    }
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') {
      if (tag !== 'H3' && facts.headings.length < 40) facts.headings.push(el);
      if (facts.heads.length < 60) facts.heads.push(el);
    } else if (tag === 'TIME') facts.times.push(el);
    const chrome = CHROME_TAGS.has(tag);
    if (!cl && chrome) cl = true;
    // A "clutter" word on a wrapper that holds the headline or the article landmark is a layout class, and a <header>
    // holds the headline; a footer, nav or aside with an <h1> (a logo, a widget's title) is chrome all the same.
    if (cl && !clutter && wrappers.has(el) && (!chrome || tag === 'HEADER')) cl = false;
    const block = BLOCK_TAGS.has(tag);
    const my: Acc = block ? { len: 0, link: 0, last: '' } : acc;
    const lk = inLink || tag === 'A';
    const prose0 = proseBlocks;
    const chars0 = proseChars;
    const links0 = linkUnitChars;
    return { node: el, tag, my, cl, lk, block, prose0, chars0, links0, score: 0 };
  };

  /** Closes an element once all its children are read: its own unit, the teaser rule, the best-so-far. */
  const leave = (f: Frame): number => {
    const { node: el, tag, my, cl, block, prose0, chars0, links0 } = f;
    let score = f.score;
    if (block) score += unit(my, cl, tag);
    // A teaser card: one short blurb next to a headline link. Lists of them must not outscore an article.
    if (proseBlocks - prose0 === 1 && linkUnitChars - links0 >= MIN_HEADLINE && proseChars - chars0 < MAX_BLURB) {
      score = Math.min(score, -0.5 * (proseChars - chars0));
    }
    if (score > 0 && block) {
      scores.set(el, score);
      proseAt.set(el, prose0);
    }
    if (score >= bestScore && score > 0) {
      best = el;
      bestScore = score;
      proseBeforeRoot = prose0;
    }
    return score;
  };

  const first = enter(body, { len: 0, link: 0, last: '' }, false, false);
  if (first) {
    walk(first, {
      enter: (el, up) => enter(el, up.my, up.cl, up.lk),
      text: (t, up) => {
        const data = t.data;
        const n = textLen(data);
        if (!n) return;
        const my = up.my;
        my.len += n;
        if (up.lk) my.link += n;
        let e = data.length - 1;
        while (e > 0 && data.charCodeAt(e) <= 32) e--;
        my.last = data.charAt(e);
      },
      exit: (f, up) => {
        const score = leave(f);
        if (up) up.score += score;
      },
    });
  }
  // No block of prose at all: fall back to the whole body (callers refuse it if it has no text).
  if (!best) { best = body; bestScore = 0; }
  return settle({ root: best, parts: [], score: bestScore, proseBeforeRoot, proseChars, proseBlocks, nodes, facts, scores, proseAt });
}

/** From the best-scoring block to the article's root and parts: a lone paragraph stands for its container, and
 * siblings with prose of their own join in. */
function settle(sel: Selection): Selection {
  const { scores, proseAt } = sel;
  let best = sel.root;
  let bestScore = sel.score;
  let proseBeforeRoot = sel.proseBeforeRoot;
  const body = best.ownerDocument.body;
  // One paragraph is not an article: a paragraph that outscores its container (whose short lines, lists and link
  // rows count against it) stands for the container, when that still scores for on the whole.
  if (best !== body && ONE_PARAGRAPH.has(best.tagName.toUpperCase())) {
    const up = best.parentElement;
    const upScore = up && up !== body ? scores.get(up) : undefined;
    if (up && upScore !== undefined) {
      best = up;
      bestScore = upScore;
      proseBeforeRoot = proseAt.get(up) ?? proseBeforeRoot;
    }
  }
  const root: Element = best;
  // Articles split into sibling blocks around an ad or a widget: siblings with prose of their own join in.
  const parts: Element[] = [root];
  const parent = root.parentElement;
  if (parent && root !== body && bestScore > 0) {
    // A lone paragraph's siblings are the story's other paragraphs: any of them that reads as prose joins.
    const min = ONE_PARAGRAPH.has(root.tagName.toUpperCase()) ? Number.MIN_VALUE : Math.max(SIBLING_SHARE * bestScore, MIN_SIBLING);
    parts.length = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === root || (scores.get(c) ?? 0) >= min) parts.push(c);
    }
    // Between a lone paragraph's first and last prose siblings, lists and short lines belong to the story too
    // (a list of items, a one-line remark): whatever is neither clutter nor mostly links joins.
    // After its last prose sibling, the story lines that follow it (a list of items, a closing remark) join too, up to
    // the first line that is not one.
    if (min === Number.MIN_VALUE) {
      if (parts.length > 1) {
        const last = parts[parts.length - 1]!;
        const between: Element[] = [];
        for (let c: Element | null = parts[0]!; c; c = c.nextElementSibling) {
          if (parts.includes(c) || isStoryLine(c)) between.push(c);
          if (c === last) break;
        }
        parts.splice(0, parts.length, ...between);
      }
      for (let c = parts[parts.length - 1]!.nextElementSibling; c && isStoryLine(c); c = c.nextElementSibling) parts.push(c);
    }
  }
  return { ...sel, root, parts, score: bestScore, proseBeforeRoot };
}

/**
 * A block beside the headline takes over from a root far from it when it scores at least this share of the root's.
 * Swept on dragnet train (2026-12-08): 0.2, 0.3, 0.4 give the same pages (F1 0.915); 0.5 and 0.6 lose two (0.912).
 */
const NEAR_TITLE_SHARE = 0.4;

/**
 * The story sits by its headline: when the chosen root lies outside the headline's nearest containers (a site's
 * description, a footer or sidebar block that outscores a short post), the best block among the headline's own
 * containers and the blocks after it inside them takes over, if it scores a fair share of the root's score.
 */
export function reanchor(sel: Selection, heading: Element): Selection {
  const body = heading.ownerDocument.body;
  if (sel.parts.some((p) => p.contains(heading)) || sel.root === body) return sel;
  // The headline's ancestors, nearest first: a block's level is that of the first of them that holds it.
  const level = new Map<Element, number>();
  let n = 0;
  for (let e = heading.parentElement; e && e !== body; e = e.parentElement) level.set(e, ++n);
  const levelOf = (el: Element): number => {
    for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
      const l = level.get(e);
      if (l !== undefined) return l;
    }
    return Infinity;
  };
  const rootLevel = levelOf(sel.root);
  let best: Element | null = null;
  let bestScore = NEAR_TITLE_SHARE * sel.score;
  for (const [el, score] of sel.scores) {
    if (score < bestScore || !(level.has(el) || heading.compareDocumentPosition(el) & 4)) continue;
    if (levelOf(el) < rootLevel) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return sel;
  return settle({ ...sel, root: best, parts: [], score: bestScore, proseBeforeRoot: sel.proseAt.get(best) ?? sel.proseBeforeRoot });
}

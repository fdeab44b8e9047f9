// Cleans a detached copy of the article root: drops chrome and clutter, resolves images and links,
// turns allow-listed video iframes into inert placeholders and strips every attribute not allow-listed.

import { isHidden, wordMatcher } from '../dom/inspect';
import { dropIsValues } from '../dom/is-values';
import { subtreeSizes } from '../dom/subtree-sizes';
import { linkTextLength, squash } from '../dom/text';
import { walk } from '../dom/walk';
import { toIso } from './dates';
import { absolutize, fixImage } from './images';
import { BOILERPLATE_TEXTS, CHROME_TAGS, DROP_TAGS, HEADING_TAGS, KEEP_ATTRS, VIDEO_EMBED_HOSTS, wordsOf } from './rules';
import { isClutter } from './select';

/** Extra class/id words removed inside the article only: the metadata already carries them. */
const META_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['byline', 'author line, shown from metadata'],
  ['dateline', 'date line, shown from metadata'],
  ['timestamp', 'date line, shown from metadata'],
  ['meta', 'article meta rows (author, date, reading time)'],
  ['postmeta', 'blog themes\' meta rows ("Posted in … | Comments")'],
  ['postmetadata', 'blog themes\' meta rows ("This entry was posted on … and is filed under …")'],
  ['footer', 'a post\'s own footer ("entry-footer": tags, categories, share), content word or not'],
  ['utility', 'blog themes\' post tool rows ("entry-utility": category, tags, permalink)'],
  ['published', 'publish stamps'],
  ['updated', 'update stamps'],
  ['kicker', 'section label above the headline'],
  ['eyebrow', 'section label above the headline'],
  ['caption', 'photo captions outside <figure> (figure captions use <figcaption>)'],
  ['credit', 'photo credits'],
  ['credits', 'photo credits'],
  ['copyright', 'photo credits'],
  ['writer', 'author line, shown from metadata'],
];
// Content words do not overrule these: "story-meta" or "article-caption" are still meta rows (big blocks are
// protected by the text-mass guard instead).
const isMetaBlock = /* @__PURE__ */ wordMatcher(/* @__PURE__ */ wordsOf(META_WORDS), []);
/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'button']);
/** Elements that count as media when deciding whether a block is empty. */
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'TABLE', 'HR', 'BR', 'MATH']);
/** Containers judged by link density. */
const DENSITY_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE', 'P', 'HEADER', 'ARTICLE', 'FIGURE']);
/** Elements kept even when empty (structure). */
const KEEP_EMPTY = new Set(['BR', 'HR', 'IMG', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'COL', 'COLGROUP', 'SOURCE', 'WBR']);

export interface CleanContext {
  base: string;
  titles: string[];
  byline: string;
  /** Elements the block model keeps: clutter, chrome and density rules do not remove them. */
  keep?: ReadonlySet<Element>;
  /** Blocks the block model judged not content. */
  drop?: ReadonlySet<Element>;
}

interface Stats { len: number; link: number; media: number }

/** One open element of the cleaning walk. */
interface Frame { node: Element; tag: string; isRoot: boolean; st: Stats }

const norm = (s: string): string => squash(s).toLowerCase().replace(/[\s"'“”«»‘’.,:;!?–—-]+/g, ' ').trim();

function embedFor(el: Element, base: string): Element | null {
  const src = absolutize(el.getAttribute('src') || el.getAttribute('data-src') || el.getAttribute('data-lazy-src'), base);
  if (!src) return null;
  let host = '';
  try { host = new URL(src).hostname; } catch { return null; }
  const hit = VIDEO_EMBED_HOSTS.find(([h]) => host === h || host.endsWith(`.${h}`));
  if (!hit) return null;
  const doc = el.ownerDocument;
  const fig = doc.createElement('figure');
  fig.setAttribute('data-readlens-embed', hit[1]);
  fig.setAttribute('data-embed-src', src);
  const a = doc.createElement('a');
  a.setAttribute('href', src);
  a.textContent = `${hit[1]} video`;
  fig.appendChild(a);
  return fig;
}

/** Images inside a <noscript>, whether the host parsed its content (scripting off) or kept it as text. */
function noscriptImages(el: Element): Element[] {
  const imgs = Array.from(el.querySelectorAll('img'));
  if (imgs.length || !/<img/i.test(el.textContent ?? '')) return imgs;
  const tpl = el.ownerDocument.createElement('template');
  tpl.innerHTML = el.textContent ?? '';
  return Array.from(tpl.content.querySelectorAll('img'));
}

function stripAttrs(el: Element, tag: string): void {
  const keep = KEEP_ATTRS[tag];
  const any = KEEP_ATTRS['*']!;
  const attrs = el.attributes;
  for (let i = attrs.length - 1; i >= 0; i--) {
    const name = attrs[i]!.name;
    if (!any.has(name) && !(keep && keep.has(name))) el.removeAttribute(name);
  }
}

/** Length of a text without surrounding whitespace (no allocation: this runs on every text node). */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

/** Characters of prose from which a block with a meta class word reads as article text (captions stay shorter). */
const MIN_META_PROSE = 400;
/** A meta block of this many characters or more with less than MAX_BESIDE beside it in the root is the article. */
const MIN_ALONE = 200;
const MAX_BESIDE = 100;
/** The end of a sentence followed by another one. */
const SENTENCE_END = /[.!?…]["”’»)]?\s+(?=\S)/g;

/** Mean characters per item from which a list of links is part of the story. */
const MIN_LINK_ITEM = 20;
/** Characters of an element's text as a reader sees it (code is never text), whitespace collapsed. */
function shownLength(el: Element): number {
  let n = squash(el.textContent ?? '').length;
  for (const code of Array.from(el.querySelectorAll('script, style'))) n -= squash(code.textContent ?? '').length;
  return n;
}

/** Longest text read as the caption of an image it follows. */
const MAX_CAPTION = 300;

/**
 * A block holding just an image followed by one short text block is a figure whose caption was written as a
 * plain <div>/<p>: rebuild it as <figure><img><figcaption> so the caption stays with the picture, not the text.
 */
function asFigure(el: Element): boolean {
  const kids = Array.from(el.children);
  if (kids.length !== 2) return false;
  const [pic, cap] = kids as [Element, Element];
  const picTag = pic.tagName.toUpperCase();
  if (picTag !== 'IMG' && picTag !== 'PICTURE') return false;
  if (cap.querySelector('img, p + p') || BLOCK_TAGS_CAPTION.has(cap.tagName.toUpperCase()) === false) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  const doc = el.ownerDocument;
  const fig = doc.createElement('figure');
  const fc = doc.createElement('figcaption');
  while (cap.firstChild) fc.appendChild(cap.firstChild);
  fig.appendChild(pic);
  fig.appendChild(fc);
  el.replaceWith(fig);
  return true;
}
/** Blocks that can hold a caption written without <figcaption>. */
const BLOCK_TAGS_CAPTION = new Set(['DIV', 'P', 'SPAN', 'SMALL', 'EM', 'I']);

export function cleanContent(root: Element, ctx: CleanContext): void {
  // Before attributes are stripped: removing is="" alone would leave the element's is value in place.
  dropIsValues(root, true);
  const rootLen = (root.textContent ?? '').length || 1;
  const rootText = shownLength(root);
  const sizeOf = subtreeSizes();
  const titles = new Set(ctx.titles.map(norm).filter(Boolean));
  const byline = norm(ctx.byline);

  /** Big blocks are content even when a class word says otherwise. */
  const holdsMuchText = (el: Element): boolean => sizeOf(el).text > Math.max(0.3 * rootLen, 600);
  /**
   * A meta word on a block of running prose is a misnamed wrapper (a blog editor's "byline-author" span around the
   * post's paragraphs): bylines, datelines and captions are short, and meta rows are mostly links.
   */
  const readsAsProse = (el: Element): boolean => {
    // The memoised size first: most meta blocks are short, and reading each one's text would read nested ones again.
    if (sizeOf(el).text < MIN_ALONE) return false;
    const text = squash(el.textContent ?? '');
    // A block that is the whole article but for a line or two is the article, whatever its class says (a photo
    // page's caption is its story).
    if (text.length >= MIN_ALONE && rootText - text.length < MAX_BESIDE) return true;
    // Captions run long and sit by their picture: a block with an image or a caption word stays meta.
    if (sizeOf(el).images || /caption/i.test(el.getAttribute('class') ?? '')) return false;
    return text.length >= MIN_META_PROSE && linkTextLength(el) < 0.3 * text.length && (text.match(SENTENCE_END) ?? []).length >= 2;
  };

  /**
   * Opens an element: null when it is removed, else its frame. A <noscript> or a big <form> is replaced by its
   * image or a plain block, which is then judged in its place.
   */
  const enter = (start: Element, isRoot: boolean): Frame | null => {
    let el = start;
    for (;;) {
      const tag = el.tagName.toUpperCase();
      if (!isRoot) {
        if (tag === 'NOSCRIPT') {
          const imgs = noscriptImages(el);
          const prev = el.previousElementSibling;
          const parent = el.parentElement;
          const parentHasImg = !!parent && sizeOf(parent).images > sizeOf(el).images;
          if (imgs.length && (!parentHasImg || prev?.tagName.toUpperCase() === 'IMG')) {
            if (prev?.tagName.toUpperCase() === 'IMG') prev.remove();
            const img = el.ownerDocument.importNode(imgs[0]!, false);
            el.replaceWith(img);
            el = img;
            continue;
          }
          el.remove();
          return null;
        }
        if (tag === 'FORM' || tag === 'LABEL') {
          if (sizeOf(el).text > 400) {
            // Some sites wrap the whole page in a <form>: keep its content in a plain block.
            const div = el.ownerDocument.createElement('div');
            while (el.firstChild) div.appendChild(el.firstChild);
            el.replaceWith(div);
            el = div;
            continue;
          }
          el.remove();
          return null;
        }
        if (DROP_TAGS.has(tag) || tag === 'SVG' || tag === 'svg' || tag === 'STYLE') { el.remove(); return null; }
        if (tag === 'IFRAME' || tag === 'FRAME') {
          const fig = embedFor(el, ctx.base);
          if (fig) el.replaceWith(fig);
          else el.remove();
          return null;
        }
        if (isHidden(el)) { el.remove(); return null; }
        const role = el.getAttribute('role');
        const chrome = CHROME_TAGS.has(tag) || (role && CHROME_ROLES.has(role)) || isClutter(el);
        if ((chrome || (isMetaBlock(el) && !readsAsProse(el))) && !holdsMuchText(el) && !ctx.keep?.has(el)) {
          el.remove();
          return null;
        }
      }
      return { node: el, tag, isRoot, st: { len: 0, link: 0, media: MEDIA_TAGS.has(tag) ? 1 : 0 } };
    }
  };

  /** Closes an element once its children are cleaned: links, images, attributes, then whether it stays. */
  const leave = (f: Frame): Stats | null => {
    const { node: el, tag, isRoot, st } = f;
    if (tag === 'IMG') {
      if (!fixImage(el, ctx.base)) { el.remove(); return null; }
    } else if (tag === 'A') {
      st.link = st.len;
      const href = absolutize(el.getAttribute('href'), ctx.base);
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    } else if (tag === 'PICTURE') {
      // Sources were read by the <img> inside; the img now carries the chosen src/srcset.
      for (const src of Array.from(el.children)) if (src.tagName.toUpperCase() === 'SOURCE') src.remove();
    }
    stripAttrs(el, tag);
    if (isRoot) return st;
    if (ctx.drop?.has(el)) { el.remove(); return null; }

    if (!st.len && !st.media && !KEEP_EMPTY.has(tag)) { el.remove(); return null; }
    if (st.media && st.len && st.len < MAX_CAPTION && tag !== 'FIGURE' && asFigure(el)) return st;
    if (st.len && DENSITY_TAGS.has(tag) && !ctx.keep?.has(el)) {
      const limit = tag === 'P' ? 0.85 : 0.5;
      // A list whose items run as long as headlines or sentences is the story's list of links (a round-up, the
      // places to buy); menus, share rows and tag lists have items of a word or two.
      const story = (tag === 'UL' || tag === 'OL') && st.len >= MIN_LINK_ITEM * el.childElementCount;
      if (st.link > st.len * limit && st.len < 2000 && !story) { el.remove(); return null; }
    }
    if (st.len && st.len < 200 && (DENSITY_TAGS.has(tag) || HEADING_TAGS.has(tag) || tag === 'LI')) {
      const text = squash(el.textContent ?? '');
      if (BOILERPLATE_TEXTS.some(([re]) => re.test(text))) { el.remove(); return null; }
      const n = norm(text);
      if (HEADING_TAGS.has(tag) && titles.has(n)) { el.remove(); return null; }
      if (tag !== 'LI' && !HEADING_TAGS.has(tag)) {
        if (byline && n.includes(byline) && n.length <= byline.length + 40) { el.remove(); return null; }
        if (text.length < 60 && !/[.!?]$/.test(text) && /\d/.test(text) && toIso(text.replace(/^\D*?(?=\d|[A-Za-zéû]+\.? \d)/, '')) !== null) {
          el.remove();
          return null;
        }
      }
    }
    return st;
  };

  const first = enter(root, true);
  if (!first) return;
  walk(first, {
    enter: (el) => enter(el, false),
    text: (t, up) => { up.st.len += trimmedLength(t.data); },
    other: (n, up) => { up.node.removeChild(n); }, // comments and processing instructions
    exit: (f, up) => {
      const s = leave(f);
      if (s && up) { up.st.len += s.len; up.st.link += s.link; up.st.media += s.media; }
    },
  });
}

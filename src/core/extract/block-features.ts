// Features of the page's paragraph-level blocks for the learned block model: one read-only walk gathers each
// block's own text and its context (ancestors' class words and landmarks, today's container scores, the selected
// root), then neighbours and positions are added. The trainer and the runtime both use this file.

import { isHidden } from '../dom/inspect';
import { attrTokens } from '../dom/text';
import { walk } from '../dom/walk';
import { BLOCK_TAGS, CHROME_TAGS, CLUTTER_SET as CLUTTER, CONTENT_SET as CONTENT, DROP_TAGS, HEADING_TAGS } from './rules';
import type { Selection } from './select';

/** One paragraph-level block: an element whose own (non-block) descendants hold text. */
export interface PageBlock {
  el: Element;
  /** Its own text, whitespace collapsed (nested blocks excluded). */
  text: string;
  /** Characters of own text and of own link text. */
  len: number;
  link: number;
  /** Values in FEATURE_NAMES order. */
  features: number[];
}

export const FEATURE_NAMES = [
  'log_len', 'log_words', 'link_density', 'stopword_ratio', 'punct_per_word', 'ends_sentence', 'digit_ratio', 'mean_word_len',
  'tag_p', 'tag_div', 'tag_li', 'tag_cell', 'tag_h1', 'tag_h2_6', 'tag_quote_pre', 'tag_dl', 'tag_caption', 'tag_other',
  'depth', 'depth_below_root', 'in_root', 'in_part', 'beside_root', 'blocks_to_root', 'container_share', 'container_log_score',
  'clutter_above', 'clutter_own', 'content_above', 'chrome_above', 'article_above', 'in_list', 'in_table', 'meta_words',
  'position', 'block_position', 'prev_log_len', 'next_log_len', 'prev_link', 'next_link', 'window_link', 'window_log_len',
  'prev_in_root', 'next_in_root', 'since_heading', 'after_h1', 'parent_share', 'root_parent_share',
] as const;

/** The words of a space-separated list (a pure call: see wordsOf in rules.ts). */
function spaced(text: string): Set<string> {
  return new Set(text.split(/\s+/));
}

/** Frequent function words of the engine's main languages: prose has many, menus and labels few. */
const STOP_WORDS = /* @__PURE__ */ spaced(`the and of to a in is that it for was on with as he she they we you his her be are at by this from
have has not but or an had were which their been will would there who its said le la les de des et un une est que qui dans pour
pas du au sur par ce il elle ils sont avec plus der die das und ist nicht ein eine zu den mit von sich auf dem im des auch es
el los las y en es por con una del se lo su para al como il di che e per non sono della le gli da o do da em um uma os com não
het een van niet op zijn dat voor w i na z się nie to że jest`);
const META = new Set(['byline', 'dateline', 'timestamp', 'meta', 'published', 'updated', 'caption', 'credit', 'date', 'time', 'author']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'menu', 'menubar', 'search']);
const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?…:;"”»)。！？」』]$/;

interface Own { text: string; len: number; link: number }
interface Frame {
  node: Element; tag: string; block: boolean; own: Own; depth: number; inLink: boolean;
  clutter: boolean; content: boolean; chrome: boolean; article: boolean; list: boolean; table: boolean;
  inRoot: boolean; inPart: boolean; besideRoot: boolean; container: number;
}
interface Raw {
  el: Element; text: string; len: number; link: number; tag: string; depth: number; offset: number; f: Frame;
  ownClutter: boolean; meta: boolean; sinceHeading: number; afterH1: boolean; parentKey: string;
}

const log1 = (x: number): number => Math.log1p(Math.max(0, x));
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

function tagFeatures(tag: string): number[] {
  const t = [
    tag === 'P', tag === 'DIV', tag === 'LI', tag === 'TD' || tag === 'TH', tag === 'H1', HEADING_TAGS.has(tag) && tag !== 'H1',
    tag === 'BLOCKQUOTE' || tag === 'PRE', tag === 'DD' || tag === 'DT' || tag === 'DL', tag === 'FIGCAPTION' || tag === 'CAPTION',
  ];
  return [...t.map(Number), t.some(Boolean) ? 0 : 1];
}

function textFeatures(text: string, len: number, link: number): number[] {
  const words = text.match(WORD) ?? [];
  const n = words.length || 1;
  let stops = 0;
  let wordChars = 0;
  for (const w of words) {
    wordChars += w.length;
    if (STOP_WORDS.has(w.toLowerCase())) stops++;
  }
  const punct = (text.match(/[.,;:!?、。，]/g) ?? []).length;
  const digits = (text.match(/\p{N}/gu) ?? []).length;
  return [
    log1(len), log1(words.length), link / (len || 1), stops / n, punct / n, SENTENCE_END.test(text) ? 1 : 0,
    digits / (text.length || 1), clamp(wordChars / n, 0, 20) / 10,
  ];
}

/**
 * The blocks of `doc`'s body in the order they close (a wrapper's own text after the blocks it holds), with their
 * features relative to the selection `sel`.
 */
export function pageBlocks(doc: Document, sel: Selection): PageBlock[] {
  const body = doc.body;
  if (!body) return [];
  const parts = new Set(sel.parts);
  const rootParent = sel.root.parentElement;
  let rootDepth = 0;
  for (let e: Element | null = sel.root; e && e !== body; e = e.parentElement) rootDepth++;
  const best = Math.max(1, sel.score);
  const raws: Raw[] = [];
  // Pages repeat the same class lists many times: tokenise each distinct one once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (el: Element): string[] => {
    if (!el.hasAttributes()) return [];
    const key = `${el.getAttribute('class') ?? ''}#${el.getAttribute('id') ?? ''}`;
    let tokens = tokenCache.get(key);
    if (!tokens) tokenCache.set(key, (tokens = key === '#' ? [] : attrTokens(el)));
    return tokens;
  };
  let offset = 0;
  let sinceHeading = 99;
  let afterH1 = false;

  const top: Frame = {
    node: body, tag: 'BODY', block: true, own: { text: '', len: 0, link: 0 }, depth: 0, inLink: false, clutter: false, content: false,
    chrome: false, article: false, list: false, table: false, inRoot: sel.root === body, inPart: sel.root === body, besideRoot: false,
    container: sel.scores.get(body) ?? 0,
  };
  const close = (f: Frame): void => {
    const own = f.own;
    if (!f.block || !own.len) return;
    const text = own.text.replace(/\s+/g, ' ').trim();
    const tokens = tokensOf(f.node);
    const parent = f.node.parentElement;
    raws.push({
      el: f.node, text, len: own.len, link: own.link, tag: f.tag, depth: f.depth, offset, f,
      ownClutter: tokens.some((t) => CLUTTER.has(t)) && !tokens.some((t) => CONTENT.has(t)), meta: tokens.some((t) => META.has(t)),
      sinceHeading, afterH1, parentKey: parent ? `${parent.tagName}.${parent.getAttribute('class') ?? ''}` : '',
    });
    offset += own.len;
    if (HEADING_TAGS.has(f.tag)) {
      sinceHeading = 0;
      if (f.tag === 'H1') afterH1 = true;
    } else sinceHeading++;
  };

  walk<Frame>(top, {
    enter: (el, up) => {
      const tag = el.tagName.toUpperCase();
      if (DROP_TAGS.has(tag) && tag !== 'FORM' && tag !== 'LABEL') return null;
      if (tag === 'SVG' || tag === 'IFRAME' || tag === 'NOSCRIPT' || (el.hasAttributes() && isHidden(el))) return null;
      const block = BLOCK_TAGS.has(tag);
      let clutter = up.clutter;
      let content = up.content;
      const tokens = tokensOf(el);
      if (tokens.length) {
        if (tokens.some((t) => CONTENT.has(t))) content = true;
        else if (tokens.some((t) => CLUTTER.has(t))) clutter = true;
      }
      const role = el.getAttribute('role');
      const inPart = up.inPart || parts.has(el);
      return {
        node: el, tag, block, own: block ? { text: '', len: 0, link: 0 } : up.own, depth: up.depth + 1, inLink: up.inLink || tag === 'A',
        clutter, content, chrome: up.chrome || CHROME_TAGS.has(tag) || (!!role && CHROME_ROLES.has(role)),
        article: up.article || tag === 'ARTICLE' || tag === 'MAIN' || el.getAttribute('itemprop') === 'articleBody',
        list: up.list || tag === 'LI', table: up.table || tag === 'TD' || tag === 'TH', inRoot: up.inRoot || el === sel.root, inPart,
        besideRoot: up.besideRoot || (!inPart && el.parentElement === rootParent), container: sel.scores.get(el) ?? up.container,
      };
    },
    text: (t, up) => {
      const d = t.data;
      if (!/\S/.test(d)) return;
      const own = up.own;
      const n = d.trim().length;
      own.text += d;
      own.len += n;
      if (up.inLink) own.link += n;
    },
    exit: (f) => close(f),
  });

  // Own text of blocks that share a parent kind (tag and class) with much of the root's text: the article's paragraphs.
  const rootMass = new Map<string, number>();
  let rootTotal = 0;
  for (const r of raws) {
    if (!r.f.inPart) continue;
    rootMass.set(r.parentKey, (rootMass.get(r.parentKey) ?? 0) + r.len);
    rootTotal += r.len;
  }
  const total = Math.max(1, offset);
  const firstIn = raws.findIndex((r) => r.f.inPart);
  let lastIn = -1;
  raws.forEach((r, i) => { if (r.f.inPart) lastIn = i; });
  const basic = raws.map((r) => textFeatures(r.text, r.len, r.link));
  const blocks: PageBlock[] = [];
  raws.forEach((r, i) => {
    const f = r.f;
    const near = (j: number): number[] | undefined => basic[j];
    const win = [i - 2, i - 1, i, i + 1, i + 2].map(near).filter((b): b is number[] => !!b);
    const toRoot = firstIn < 0 ? 20 : f.inPart ? 0 : i < firstIn ? firstIn - i : i - lastIn;
    const features = [
      ...basic[i]!,
      ...tagFeatures(r.tag),
      clamp(r.depth, 0, 40) / 20, clamp(r.depth - rootDepth, -5, 15) / 10, Number(f.inRoot), Number(f.inPart), Number(f.besideRoot),
      clamp(toRoot, 0, 20) / 20, clamp(f.container / best, 0, 2), log1(f.container) / log1(best),
      Number(f.clutter), Number(r.ownClutter), Number(f.content), Number(f.chrome), Number(f.article), Number(f.list), Number(f.table), Number(r.meta),
      r.offset / total, i / Math.max(1, raws.length - 1),
      near(i - 1)?.[0] ?? 0, near(i + 1)?.[0] ?? 0, near(i - 1)?.[2] ?? 0, near(i + 1)?.[2] ?? 0,
      win.reduce((a, b) => a + b[2]!, 0) / win.length, win.reduce((a, b) => a + b[0]!, 0) / win.length,
      Number(raws[i - 1]?.f.inPart ?? false), Number(raws[i + 1]?.f.inPart ?? false),
      clamp(r.sinceHeading, 0, 10) / 10, Number(r.afterH1),
      (rootMass.get(r.parentKey) ?? 0) / Math.max(1, rootTotal), f.inPart ? 0 : (rootMass.get(r.parentKey) ?? 0) / Math.max(1, rootTotal),
    ];
    blocks.push({ el: r.el, text: r.text, len: r.len, link: r.link, features });
  });
  return blocks;
}

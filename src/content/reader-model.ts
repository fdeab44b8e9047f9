// What the reader shows, built from the page: title, byline, site and the article body as safe nodes.
import type { PageInfo } from '../common/messages';
import { siteLabel } from '../common/url-support';

export interface ReaderModel {
  title: string;
  byline: string;
  site: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Body blocks as plain text; the reader creates its own elements, so no page markup is re-inserted. */
  blocks: { tag: 'p' | 'h2' | 'h3' | 'blockquote' | 'li'; text: string }[];
  readingMinutes: number;
}

const meta = (doc: Document, selector: string): string =>
  doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() ?? '';

function pageTitle(doc: Document): string {
  return meta(doc, 'meta[property="og:title"]') || doc.querySelector('h1')?.textContent?.trim() || doc.title.trim();
}

/** The container holding the most paragraph text: a plain stand-in until the article engine is wired in. */
function mainContainer(doc: Document): Element {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 25 || !p.parentElement) continue;
    scores.set(p.parentElement, (scores.get(p.parentElement) ?? 0) + len);
  }
  let best: Element = doc.body ?? doc.documentElement;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

const BLOCK_TAGS: Record<string, ReaderModel['blocks'][number]['tag']> = {
  P: 'p', H2: 'h2', H3: 'h3', H4: 'h3', BLOCKQUOTE: 'blockquote', LI: 'li',
};

export function buildReaderModel(doc: Document, url: string): ReaderModel {
  const blocks: ReaderModel['blocks'] = [];
  for (const el of mainContainer(doc).querySelectorAll('p, h2, h3, h4, blockquote, li')) {
    const tag = BLOCK_TAGS[el.tagName];
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (tag && text) blocks.push({ tag, text });
  }
  const words = blocks.reduce((n, b) => n + b.text.split(' ').length, 0);
  const lang = doc.documentElement.lang || '';
  return {
    title: pageTitle(doc),
    byline: meta(doc, 'meta[name="author"]'),
    site: meta(doc, 'meta[property="og:site_name"]') || siteLabel(url),
    lang,
    dir: doc.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
    blocks,
    readingMinutes: Math.max(1, Math.round(words / 230)),
  };
}

export function pageInfo(doc: Document, url: string): PageInfo {
  const model = buildReaderModel(doc, url);
  const chars = model.blocks.reduce((n, b) => n + b.text.length, 0);
  return {
    title: model.title,
    site: model.site,
    url,
    lang: model.lang,
    isArticle: chars > 1000,
    articleScore: chars,
    readingMinutes: model.readingMinutes,
    contentType: doc.contentType,
  };
}

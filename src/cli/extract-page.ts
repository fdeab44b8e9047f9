// One page through the article engine for `readlens extract`: bytes in, one result record out.

import { extractArticle, isArticle } from '../core/extract/index';
import type { Article, ArticleMeta } from '../core/extract/index';
import { createPurifySanitizer } from '../core/extract/purify';
import { decodePage } from './decode';
import { declaredUrl, parseHtml } from './html-file';

export interface ExtractResult extends Partial<ArticleMeta> {
  file: string;
  isArticle?: boolean;
  articleScore?: number;
  html?: string;
  ms?: number;
  error?: string;
}

function meta(a: Article): ArticleMeta {
  const { content: _content, html: _html, ...rest } = a;
  return rest;
}

/** Extracts the article of one page; the page's window is closed before returning. Throws on a parser crash. */
export function extractPage(file: string, raw: Uint8Array | string, url?: string): ExtractResult {
  const dom = parseHtml(decodePage(raw), url);
  try {
    const doc = dom.window.document;
    const sanitize = createPurifySanitizer(dom.window as unknown as Window & typeof globalThis);
    const base = url ?? declaredUrl(doc);
    const t0 = performance.now();
    const art = extractArticle(doc, base, { sanitize });
    const ms = Math.round((performance.now() - t0) * 100) / 100;
    const det = isArticle(doc);
    if (!art) return { file, ms, isArticle: det.isArticle, articleScore: det.score, error: 'no article found' };
    return { file, ...meta(art), isArticle: det.isArticle, articleScore: det.score, html: art.html, ms };
  } finally {
    dom.window.close();
  }
}

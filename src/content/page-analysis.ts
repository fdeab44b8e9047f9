// Runs the article engine on the live page once per URL, and gets the digest from the background
// (the language engine runs there, off the page's main thread). Results are kept for the popup and the reader.
import browser from 'webextension-polyfill';
import DOMPurify from 'dompurify';
import type { ContentEvent, PageInfo } from '../common/messages';
import { siteLabel } from '../common/url-support';
import type { Digest } from '../core/analyze/types';
import { isArticle } from '../core/extract';
import { createPurifySanitizer } from '../core/extract/purify';
import { prepareArticle, type PreparedArticle } from '../core/read';

interface Cached {
  url: string;
  prepared: PreparedArticle | null;
  digest: Promise<Digest | null> | null;
}
let cache: Cached | null = null;

/** Extract this page's article (cached per URL: an SPA that changes URL gets a fresh read). */
export function preparePage(doc: Document, url: string): PreparedArticle | null {
  if (cache?.url === url) return cache.prepared;
  const sanitize = createPurifySanitizer(window as unknown as Parameters<typeof DOMPurify>[0]);
  cache = { url, prepared: prepareArticle(doc, url, { sanitize }), digest: null };
  return cache.prepared;
}

/** The article's digest, computed once per page by the background's language engine. */
export function digestPage(doc: Document, url: string): Promise<Digest | null> {
  const prepared = preparePage(doc, url);
  if (!prepared || !cache) return Promise.resolve(null);
  if (!cache.digest) {
    const request: ContentEvent = { type: 'bg/analyze', input: prepared.input };
    const pending = browser.runtime.sendMessage(request).then((d) => (d ? (d as Digest) : null));
    // A failed analysis is not cached: the next request tries again.
    cache.digest = pending.catch(() => {
      if (cache) cache.digest = null;
      return null;
    });
  }
  return cache.digest;
}

export function pageInfo(doc: Document, url: string): PageInfo {
  const prepared = preparePage(doc, url);
  const detection = prepared?.detection ?? isArticle(doc);
  const article = prepared?.article;
  return {
    title: article?.title || doc.title.trim() || siteLabel(url),
    site: article?.siteName || siteLabel(url),
    url,
    lang: article?.lang || doc.documentElement.lang || '',
    isArticle: detection.isArticle && article !== undefined,
    articleScore: detection.score,
    readingMinutes: article?.readingMinutes ?? null,
    contentType: doc.contentType,
  };
}

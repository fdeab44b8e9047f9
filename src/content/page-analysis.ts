// Runs the pure engines on the live page once per URL and keeps the result for the popup and the reader.
import DOMPurify from 'dompurify';
import type { PageInfo } from '../common/messages';
import { siteLabel } from '../common/url-support';
import { isArticle } from '../core/extract';
import { createPurifySanitizer } from '../core/extract/purify';
import { readArticle, type ReadResult } from '../core/read';

type Cached = { url: string; result: ReadResult | null };
let cache: Cached | null = null;

/** Extract and analyse this page (cached per URL: an SPA that changes URL gets a fresh read). */
export function analysePage(doc: Document, url: string): ReadResult | null {
  if (cache?.url === url) return cache.result;
  const sanitize = createPurifySanitizer(window as unknown as Parameters<typeof DOMPurify>[0]);
  const result = readArticle(doc, url, { sanitize });
  cache = { url, result };
  return result;
}

export function forgetAnalysis(): void {
  cache = null;
}

export function pageInfo(doc: Document, url: string): PageInfo {
  const result = analysePage(doc, url);
  const detection = result?.detection ?? isArticle(doc);
  const article = result?.article;
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

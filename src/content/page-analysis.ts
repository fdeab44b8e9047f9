// The page's article and digest, computed once per URL and kept for the popup and the reader. The page pays only
// for serialising itself: extraction runs on that copy in the background (offscreen in Chrome), the language
// engine in the background too. The content script carries no extraction engine of its own: it only rebuilds and
// re-sanitises the article it is sent (and if the background cannot answer, the page is reported as no article).
import browser from 'webextension-polyfill';
import DOMPurify from 'dompurify';
import type { ContentEvent, PageInfo } from '../common/messages';
import { siteLabel } from '../common/url-support';
import { composedHtml, hasHiddenContent } from './composed-copy';
import type { Digest } from '../core/analyze/types';
import type { Detection } from '../core/extract/types';
import { createPurifySanitizer } from '../core/extract/purify';
import { prepareExtracted, type ExtractedPage, type PreparedArticle } from '../core/read';

/** What the background made of the page: whether it is an article, and the article rebuilt here. */
interface PageRead {
  detection: Detection;
  prepared: PreparedArticle | null;
}

const UNREAD: PageRead = { detection: { isArticle: false, score: 0, reason: 'the page could not be read' }, prepared: null };

interface Cached {
  url: string;
  read: Promise<PageRead>;
  digest: Promise<Digest | null> | null;
}
let cache: Cached | null = null;

const sanitizer = (): ((root: Element) => void) => createPurifySanitizer(window as unknown as Parameters<typeof DOMPurify>[0]);
const parseInert = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const isExtractedPage = (v: unknown): v is ExtractedPage =>
  typeof v === 'object' && v !== null && 'detection' in v && 'article' in v && typeof (v as ExtractedPage).detection?.isArticle === 'boolean';

async function extractCopy(html: string, url: string): Promise<ExtractedPage> {
  const request: ContentEvent = { type: 'bg/extract', html, url };
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (!isExtractedPage(reply)) throw new Error('no extraction answer');
  return reply;
}

async function readOffThread(doc: Document, url: string): Promise<PageRead> {
  let extracted = await extractCopy(doc.documentElement.outerHTML, url);
  // Nothing readable in the light DOM: the story may render from shadow roots or a same-origin iframe.
  if ((!extracted.article || !extracted.detection.isArticle) && hasHiddenContent(doc)) {
    const composed = composedHtml(doc);
    const second = composed ? await extractCopy(composed, url) : null;
    if (second?.article && (second.detection.isArticle || !extracted.article)) extracted = second;
  }
  return { detection: extracted.detection, prepared: prepareExtracted(doc, extracted, parseInert, sanitizer()) };
}

function readPage(doc: Document, url: string): Promise<PageRead> {
  if (cache?.url === url) return cache.read;
  const read = readOffThread(doc, url).catch(() => UNREAD);
  cache = { url, read, digest: null };
  return read;
}

/** Extract this page's article (cached per URL: an SPA that changes URL gets a fresh read). */
export function preparePage(doc: Document, url: string): Promise<PreparedArticle | null> {
  return readPage(doc, url).then((r) => r.prepared);
}

/** The article's digest, computed once per page by the background's language engine. */
export async function digestPage(doc: Document, url: string): Promise<Digest | null> {
  const prepared = await preparePage(doc, url);
  if (!prepared || !cache || cache.url !== url) return null;
  if (!cache.digest) {
    const request: ContentEvent = { type: 'bg/analyze', input: prepared.input };
    const entry = cache;
    // A failed analysis is not cached: the next request tries again.
    entry.digest = browser.runtime.sendMessage(request).then(
      (d) => (d ? (d as Digest) : null),
      () => {
        entry.digest = null;
        return null;
      },
    );
  }
  return cache.digest;
}

export async function pageInfo(doc: Document, url: string): Promise<PageInfo> {
  const { detection, prepared } = await readPage(doc, url);
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

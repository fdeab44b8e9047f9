// Runs the article engine on a serialised copy of a page, in a context that has a DOM but is not the page.
import DOMPurify from 'dompurify';
import { inertHtml } from '../core/dom/inert-html';
import { createPurifySanitizer } from '../core/extract/purify';
import { extractPage, type ExtractedPage } from '../core/read';

/** Off the page's thread, big pages are fine: the limit only guards against absurd ones. */
const MAX_NODES = 500_000;

export function extractCopy(html: string, url: string): ExtractedPage {
  // Without inline handlers and <base href>: this document's CSP would log an error for each one it parses.
  const inert = inertHtml(html);
  const doc = new DOMParser().parseFromString(inert.html, 'text/html');
  const sanitize = createPurifySanitizer(window as unknown as Parameters<typeof DOMPurify>[0]);
  return extractPage(doc, url, { sanitize, maxNodes: MAX_NODES, baseHref: inert.baseHref });
}

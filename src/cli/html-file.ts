// Reads HTML pages from disk for the CLI and benchmarks: .html or .html.gz, decoded with the page's charset,
// parsed with jsdom.

import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodePage } from './decode';

/** Reads `.html` or `.html.gz` (gzip detected by its magic bytes too). */
export function readHtmlFile(file: string): string {
  return decodePage(readFileSync(file));
}

/**
 * jsdom 29 can throw on some stylesheets (css-tree parse errors escape the parser). The engine never
 * reads CSS, so style blocks are emptied before parsing.
 */
export function stripStyleBlocks(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

const quiet = new VirtualConsole();

/**
 * Parses a page with jsdom (no scripts run, no resources fetched). jsdom queues each new window's load events
 * (process.nextTick, promise jobs) and those callbacks hold the whole DOM: a caller parsing many pages must let
 * the event loop turn between them (see ./batch), or no page is ever freed, window.close() or not.
 */
export function parseHtml(html: string, url?: string): JSDOM {
  return new JSDOM(stripStyleBlocks(html), { url: url && /^https?:/i.test(url) ? url : undefined, virtualConsole: quiet });
}

/** The page's own address (canonical link or og:url), used as base when the caller gives none. */
export function declaredUrl(doc: Document): string | undefined {
  const v = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return v && /^https?:\/\//i.test(v) ? v : undefined;
}

// Test helpers for the article engine: jsdom parsing, the sanitiser, token bags.
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/core/extract/index';
import type { Article } from '../../../src/core/extract/index';
import { createPurifySanitizer } from '../../../src/core/extract/purify';
import { stripStyleBlocks } from '../../../src/cli/html-file';

export function parse(html: string, url = 'https://news.example/section/story.html'): JSDOM {
  return new JSDOM(stripStyleBlocks(html), { url });
}

/** Wraps body HTML in a page with enough prose to be chosen as the article. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;
}

/** A long paragraph of distinct prose (so that each one is recognisable in the output). */
export function prose(n: number): string {
  return `<p>Paragraph ${n} tells the story with care, describing what happened in the harbour town on a stormy night, who was there and why it matters to the people who live nearby.</p>`;
}

export function extract(html: string, url?: string, sanitize = true): Article {
  const dom = parse(html, url);
  const art = extractArticle(dom.window.document, url ?? 'https://news.example/section/story.html',
    sanitize ? { sanitize: createPurifySanitizer(dom.window as unknown as Window & typeof globalThis) } : {});
  if (!art) throw new Error('no article');
  return art;
}

/** Bag of lower-cased word tokens. */
export function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/** F1 of two token bags (multiset overlap). */
export function bagF1(a: string, b: string): number {
  const x = tokenBag(a);
  const y = tokenBag(b);
  let common = 0;
  let nx = 0;
  let ny = 0;
  for (const v of x.values()) nx += v;
  for (const v of y.values()) ny += v;
  for (const [k, v] of x) common += Math.min(v, y.get(k) ?? 0);
  if (!nx || !ny) return nx === ny ? 1 : 0;
  const p = common / ny;
  const r = common / nx;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// Loads the dragnet-train pages (human main content, no URL in the gold) and names each page's site, so that the
// collection can be split by site: a template seen in training must not reappear in dev or test.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtmlFile } from '../../../src/cli/html-file';
import type { BenchPage } from './pages';

/** Second-level labels under which a registrable name takes three labels (news.bbc.co.uk → bbc.co.uk). */
const SHORT_SLDS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** The registrable part of a host name: blogs on one platform (a.blogspot.com, b.blogspot.com) share a template. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const keep = SHORT_SLDS.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const hostOf = (u: string): string | null => {
  try { return new URL(u).hostname || null; } catch { return null; }
};

/**
 * The page's own address: its canonical link or og:url, else the host most absolute links point to (the page's
 * own navigation), else a made-up address named after the file.
 */
export function pageAddress(html: string, id: string): string {
  const head = html.slice(0, 200_000);
  const declared = /<link\b[^>]*rel=["']?canonical["']?[^>]*>/i.exec(head)?.[0] ?? /<meta\b[^>]*property=["']?og:url["']?[^>]*>/i.exec(head)?.[0];
  const href = declared && /(?:href|content)=["']?(https?:\/\/[^"'\s>]+)/i.exec(declared)?.[1];
  if (href && hostOf(href)) return href;
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/<a\b[^>]*href=["']?(https?:\/\/[^"'\s>/]+)/gi)) {
    const h = hostOf(m[1]!);
    if (h) counts.set(siteOf(h), (counts.get(siteOf(h)) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return `http://${top ? top[0] : `page-${id}.invalid`}/`;
}

/**
 * Dragnet's annotators wrote a page's readers' comments after the article, behind this line ("!@#$%^&*()  COMMENTS",
 * two spaces): Dragnet scores the content and content-plus-comments apart. The article is what comes before it.
 */
export const COMMENTS_MARK = /!@#\$%\^&\*\(\)\s*COMMENTS/;

export interface DragnetPage extends BenchPage {
  site: string;
  /** The readers' comments the annotator wrote out after the article ('' when none). */
  comments: string;
}

export function loadDragnet(shared: string): DragnetPage[] {
  const dir = path.join(shared, 'pages/dragnet-train');
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b)).map((id) => {
    const html = readHtmlFile(path.join(dir, 'html', `${id}.html.gz`));
    const url = pageAddress(html, id);
    const [article = '', comments = ''] = truth[id]!.articleBody.split(COMMENTS_MARK);
    return { set: 'dragnet' as const, id, url, html, truth: article, comments, site: siteOf(hostOf(url) ?? id) };
  });
}

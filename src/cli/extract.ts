// `readlens extract`: prints the article of one or more saved pages as json, jsonl, html or text.

import { extractArticle, isArticle } from '../core/extract/index';
import type { Article, ArticleMeta } from '../core/extract/index';
import { createPurifySanitizer } from '../core/extract/purify';
import { declaredUrl, parseHtml, readHtmlFile } from './html-file';

export const EXTRACT_USAGE = `readlens extract <file.html|file.html.gz>... [--url URL] [--format json|html|text|jsonl]

  --url URL      page address used to resolve relative links (default: the page's canonical URL)
  --format F     json (default; an array when several files), jsonl (one object per line, no html),
                 html (a standalone reader page), text (title and paragraphs)`;

const FORMATS = new Set(['json', 'jsonl', 'html', 'text']);

export interface ExtractResult extends Partial<ArticleMeta> {
  file: string;
  isArticle?: boolean;
  articleScore?: number;
  html?: string;
  ms: number;
  error?: string;
}

function meta(a: Article): ArticleMeta {
  const { content: _content, html: _html, ...rest } = a;
  return rest;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Runs the engine on one file; never throws. */
export function extractFile(file: string, url?: string): ExtractResult {
  let html: string;
  try {
    html = readHtmlFile(file);
  } catch (e) {
    return { file, ms: 0, error: `cannot read: ${(e as Error).message}` };
  }
  const dom = parseHtml(html, url);
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

function renderHtml(r: ExtractResult): string {
  const lead = r.leadImage
    ? `<figure><img src="${esc(r.leadImage.src)}" alt="${esc(r.leadImage.alt)}"><figcaption>${esc(r.leadImage.caption)} ${esc(r.leadImage.credit)}</figcaption></figure>\n`
    : '';
  return `<!doctype html>
<html lang="${esc(r.lang ?? '')}" dir="${r.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>${esc(r.title ?? '')}</title></head>
<body><article>
<h1>${esc(r.title ?? '')}</h1>
<p>${esc([r.byline, r.siteName, r.published].filter(Boolean).join(' · '))}</p>
${r.excerpt ? `<p><strong>${esc(r.excerpt)}</strong></p>\n` : ''}${lead}${r.html ?? ''}
</article></body></html>`;
}

export async function runExtract(args: string[]): Promise<number> {
  const files: string[] = [];
  let url: string | undefined;
  let format = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = args[++i];
    else if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') { console.log(EXTRACT_USAGE); return 0; }
    else if (a.startsWith('-')) { console.error(`unknown option ${a}\n\n${EXTRACT_USAGE}`); return 2; }
    else files.push(a);
  }
  if (!files.length || !FORMATS.has(format)) {
    console.error(EXTRACT_USAGE);
    return 2;
  }
  const results: ExtractResult[] = [];
  for (const file of files) {
    const r = extractFile(file, url);
    if (format === 'jsonl') {
      const { html: _html, ...line } = r;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else if (format === 'text') {
      process.stdout.write(r.error ? `# ${file}: ${r.error}\n\n` : `${r.title}\n\n${r.text}\n\n`);
    } else if (format === 'html') {
      process.stdout.write(r.error ? `<!-- ${esc(file)}: ${esc(r.error)} -->\n` : `${renderHtml(r)}\n`);
    } else {
      results.push(r);
    }
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return results.length && results.every((r) => r.error) ? 1 : 0;
}

// One input file through the language engine for `readlens analyze`: bytes in, one digest record per document out.

import { analyzeArticle } from '../core/analyze/index';
import { ATTRIBUTION } from '../core/analyze/attribution-model';
import type { AnalyzeInput } from '../core/analyze/index';
import { decodePage, textBytes } from './decode';

export interface AnalyzeOptions {
  url?: string;
  lang?: string;
  published?: string;
  /** Files are plain text (paragraphs separated by blank lines). */
  text: boolean;
  /** With text: every line is a separate document. */
  lines: boolean;
}

interface Doc {
  line?: number;
  input: AnalyzeInput;
  meta?: Record<string, unknown>;
}

/** Plain text: paragraphs are separated by blank lines (or by line breaks when there is no blank line). */
export function textParagraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n\s*\n/.test(t) ? t.split(/\n\s*\n/) : t.split('\n');
  return blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** Plain text bytes (gzip detected by its magic bytes) → UTF-8 text. Throws on binary data. */
function decodeText(raw: Uint8Array | string): string {
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(textBytes(raw));
}

async function htmlDoc(html: string, o: AnalyzeOptions): Promise<Doc> {
  // Loaded only for HTML so that the text path works without a DOM implementation or the article engine.
  const { parseHtml } = await import('./html-file');
  const { extractArticle } = await import('../core/extract/index');
  const { standfirstOf } = await import('../core/read/index');
  const dom = parseHtml(html, o.url);
  try {
    const article = extractArticle(dom.window.document, o.url);
    if (!article) throw new Error('no article found in the page');
    const captions = [article.leadImage?.caption, article.leadImage?.credit].filter((c): c is string => !!c);
    return {
      input: { paragraphs: article.paragraphs, title: article.title, excerpt: standfirstOf(article), lang: article.lang, published: article.published, captions },
      meta: { url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, published: article.published },
    };
  } finally {
    dom.window.close();
  }
}

/** The digest records of one input file. Throws when the file cannot be decoded, parsed or holds no article. */
export async function analyzeFile(source: string, raw: Uint8Array | string, o: AnalyzeOptions): Promise<Record<string, unknown>[]> {
  const hints = { ...(o.lang ? { lang: o.lang } : {}), ...(o.published ? { published: o.published } : {}) };
  const docs: Doc[] = [];
  if (o.lines) {
    decodeText(raw).split(/\r?\n/).forEach((line, i) => {
      if (line.trim()) docs.push({ line: i + 1, input: { paragraphs: [line.trim()], ...hints } });
    });
  } else if (o.text) docs.push({ input: { paragraphs: textParagraphs(decodeText(raw)), ...hints } });
  else docs.push(await htmlDoc(decodePage(raw), o));
  return docs.map((d) => ({ source, ...(d.line ? { line: d.line } : {}), ...(d.meta ? { article: d.meta } : {}), digest: analyzeArticle(d.input, { attribution: ATTRIBUTION }) }));
}

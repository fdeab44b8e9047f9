// The pipeline on one page up to the language engine: extract the article and cut it into the segments the digest
// refers to. Pure: DOM only. The engine itself runs wherever its word lists are (see core/analyze/index and engine).
import type { AnalyzeInput, Digest } from '../analyze/types';
import { extractArticle, isArticle } from '../extract';
import type { Article, ArticleMeta, Detection, ExtractOptions } from '../extract';
import { textSegments, type Segment } from './segments';

export { textSegments } from './segments';
export type { Segment, DomPoint } from './segments';

/** An extracted article, ready for the language engine. */
export interface PreparedArticle {
  article: Article;
  detection: Detection;
  /** Body segments of article.content: paragraph i of the digest is bodySegments[i]. */
  bodySegments: Segment[];
  input: AnalyzeInput;
}

/** A prepared article with its digest. */
export interface ReadResult extends PreparedArticle {
  digest: Digest;
}

/** The body segments of an article body (captions apart): the unit the digest's offsets refer to. */
export function bodySegmentsOf(content: Element): { body: Segment[]; captions: string[] } {
  const all = textSegments(content);
  return { body: all.filter((s) => !s.caption), captions: all.filter((s) => s.caption).map((s) => s.text) };
}

/**
 * The page's own summary line (its standfirst or description), '' when the excerpt is only the body's first
 * paragraph: the summary leaves out sentences that repeat a standfirst, never the story's opening.
 */
export function standfirstOf(article: Pick<Article, 'excerpt' | 'excerptFromBody'>): string {
  return article.excerptFromBody ? '' : article.excerpt;
}

export function analysisInput(article: Article, body: Segment[], captions: string[]): AnalyzeInput {
  const leadCaption = article.leadImage ? [article.leadImage.caption, article.leadImage.credit].filter(Boolean) : [];
  return {
    paragraphs: body.map((s) => s.text),
    title: article.title,
    excerpt: standfirstOf(article),
    lang: article.lang,
    published: article.published,
    captions: [...leadCaption, ...captions],
  };
}

/** Extract and cut into segments; null when the page has no article. Never throws on page content. */
export function prepareArticle(doc: Document, url: string, options: ExtractOptions = {}): PreparedArticle | null {
  const detection = isArticle(doc);
  const article = extractArticle(doc, url, options);
  if (!article) return null;
  const { body, captions } = bodySegmentsOf(article.content);
  return { article, detection, bodySegments: body, input: analysisInput(article, body, captions) };
}

/** What extraction on a copy of the page sends back: detection, and the article as JSON with its body as HTML. */
export interface ExtractedPage {
  detection: Detection;
  article: (ArticleMeta & { html: string }) | null;
}

/** Extraction on a copy of the page (run off the page's thread): a JSON-safe answer. Never throws. */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractedPage {
  const detection = isArticle(doc);
  const article = extractArticle(doc, url, options);
  return { detection, article: article ? { ...articleMeta(article), html: article.html } : null };
}

/**
 * Rebuild an extracted article inside `doc` (the live page) from its HTML. The HTML is parsed inert by
 * `parse` (a DOMParser: no scripts, no loads) and sanitised again here, since it crossed a process boundary.
 */
export function prepareExtracted(
  doc: Document, extracted: ExtractedPage, parse: (html: string) => Document, sanitize: (root: Element) => void,
): PreparedArticle | null {
  const meta = extracted.article;
  if (!meta) return null;
  const parsed = parse(meta.html).body;
  if (!parsed) return null;
  sanitize(parsed);
  const content = doc.createElement('div');
  if (meta.dir === 'rtl') content.setAttribute('dir', 'rtl');
  for (const child of Array.from(parsed.childNodes)) content.append(doc.importNode(child, true));
  const { html: _html, ...rest } = meta;
  const article: Article = { ...rest, content, html: content.innerHTML };
  const { body, captions } = bodySegmentsOf(content);
  return { article, detection: extracted.detection, bodySegments: body, input: analysisInput(article, body, captions) };
}

/** The JSON-safe part of an article, for messages. */
export function articleMeta(article: Article): ArticleMeta {
  const { content: _content, html: _html, ...meta } = article;
  return meta;
}

// The whole pipeline on one page: extract the article, cut it into segments, analyse them. Pure: DOM only.
import { analyzeArticle } from '../analyze';
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

export interface ReadResult extends PreparedArticle {
  digest: Digest;
}

/** The body segments of an article body (captions apart): the unit the digest's offsets refer to. */
export function bodySegmentsOf(content: Element): { body: Segment[]; captions: string[] } {
  const all = textSegments(content);
  return { body: all.filter((s) => !s.caption), captions: all.filter((s) => s.caption).map((s) => s.text) };
}

export function analysisInput(article: Article, body: Segment[], captions: string[]): AnalyzeInput {
  const leadCaption = article.leadImage ? [article.leadImage.caption, article.leadImage.credit].filter(Boolean) : [];
  return {
    paragraphs: body.map((s) => s.text),
    title: article.title,
    excerpt: article.excerpt,
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

/** The whole pipeline in one call (CLI, tests): extract, then analyse. */
export function readArticle(doc: Document, url: string, options: ExtractOptions = {}): ReadResult | null {
  const prepared = prepareArticle(doc, url, options);
  return prepared ? { ...prepared, digest: analyzeArticle(prepared.input) } : null;
}

/** The JSON-safe part of an article, for messages. */
export function articleMeta(article: Article): ArticleMeta {
  const { content: _content, html: _html, ...meta } = article;
  return meta;
}

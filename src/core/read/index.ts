// The whole pipeline on one page: extract the article, cut it into segments, analyse them. Pure: DOM only.
import { analyzeArticle } from '../analyze';
import type { AnalyzeInput, Digest } from '../analyze/types';
import { extractArticle, isArticle } from '../extract';
import type { Article, ArticleMeta, Detection, ExtractOptions } from '../extract';
import { textSegments, type Segment } from './segments';

export { textSegments } from './segments';
export type { Segment, DomPoint } from './segments';

export interface ReadResult {
  article: Article;
  detection: Detection;
  /** Body segments of article.content: paragraph i of the digest is bodySegments[i]. */
  bodySegments: Segment[];
  input: AnalyzeInput;
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

/** Extract and analyse; null when the page has no article. Never throws on page content. */
export function readArticle(doc: Document, url: string, options: ExtractOptions = {}): ReadResult | null {
  const detection = isArticle(doc);
  const article = extractArticle(doc, url, options);
  if (!article) return null;
  const { body, captions } = bodySegmentsOf(article.content);
  const input = analysisInput(article, body, captions);
  return { article, detection, bodySegments: body, input, digest: analyzeArticle(input) };
}

/** The JSON-safe part of an article, for messages. */
export function articleMeta(article: Article): ArticleMeta {
  const { content: _content, html: _html, ...meta } = article;
  return meta;
}

// Public types of the article engine: the extracted Article, its lead image and the options.

import type { BlockModel } from './block-model';

export interface LeadImage { src: string; alt: string; caption: string; credit: string }

export interface Article {
  url: string;
  title: string;
  byline: string;
  siteName: string;
  /** ISO 8601; carries the page's offset when the page states one (e.g. 2016-10-26T12:54:00+02:00). */
  published: string | null;
  modified: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  leadImage: LeadImage | null;
  /** The standfirst when the page has one, else the page description or the first paragraph. */
  excerpt: string;
  /** True when the excerpt is only the body's first long paragraph: the page gave no standfirst or description. */
  excerptFromBody?: boolean;
  /** Cleaned, sanitised article body (detached; owned by the source document's ownerDocument). */
  content: HTMLElement;
  html: string;
  text: string;
  /** Block texts in order (headings, paragraphs, list items, quotes, captions…). */
  paragraphs: string[];
  wordCount: number;
  readingMinutes: number;
}

/** JSON-serialisable view of an Article, sent to the popup. */
export type ArticleMeta = Omit<Article, 'content' | 'html'>;

export interface ExtractOptions {
  /** Sanitiser run on the cleaned body (e.g. DOMPurify in place); a built-in allow-list pass always runs first. */
  sanitize?: (root: Element) => void;
  /** Pages with more elements than this are refused (returns null) to keep the page responsive. */
  maxNodes?: number;
  /** The page's <base href> when it was taken out of the HTML before parsing (see core/dom/inert-html). */
  baseHref?: string;
  /** A block model to apply (the fitted one is BLOCK_MODEL; the trainer compares candidates with it). Off by default. */
  blockModel?: BlockModel;
}

export interface Detection { isArticle: boolean; score: number; reason: string }

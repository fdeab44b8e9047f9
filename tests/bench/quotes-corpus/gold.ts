// The quotation corpus's gold: article and annotation shapes, and how a found quotation is matched to a gold one.
import { locateQuote, spanF1 } from './corpus.mjs';

export interface GoldQuote { text: string; occurrence?: number; kind: string; speaker: string | null; mention?: string | null }
export interface Entity { name: string; aliases: string[] }
export interface Annotation { id: string; quotes: GoldQuote[]; people: Entity[]; places: Entity[]; organisations: Entity[] }
export interface Article { id: string; lang: string; split: string; site: string; title?: string; paragraphs: string[] }
export interface Located { paragraph: number; start: number; end: number; text: string }

/** The gold quotation's place in the article (its `occurrence`-th copy), or null. */
export function locate(article: Article, q: GoldQuote): Located | null {
  const at = locateQuote(article, q.text, q.occurrence ?? 1);
  return at && { ...at, text: q.text };
}

export { spanF1 };

// The quotation corpus's gold: article and annotation shapes, and how a found quotation is matched to a gold one.

export interface GoldQuote { text: string; occurrence?: number; kind: string; speaker: string | null; mention?: string | null }
export interface Entity { name: string; aliases: string[] }
export interface Annotation { id: string; quotes: GoldQuote[]; people: Entity[]; places: Entity[]; organisations: Entity[] }
export interface Article { id: string; lang: string; split: string; site: string; title?: string; paragraphs: string[] }
export interface Located { paragraph: number; start: number; end: number; text: string }

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function locate(article: Article, q: GoldQuote): Located | null {
  let seen = 0;
  for (const [paragraph, p] of article.paragraphs.entries()) {
    for (let at = p.indexOf(q.text); at >= 0; at = p.indexOf(q.text, at + 1)) {
      if (++seen === (q.occurrence ?? 1)) return { paragraph, start: at, end: at + q.text.length, text: q.text };
    }
  }
  return null;
}

/** Token F1 of two spans of the same paragraph, as the analyze bench matches quotations (≥ 0.8 is the same one). */
export function spanF1(a: Located, b: Located, paragraph: string): number {
  if (a.paragraph !== b.paragraph) return 0;
  const from = Math.max(a.start, b.start);
  const to = Math.min(a.end, b.end);
  if (to <= from) return 0;
  const common = tokens(paragraph.slice(from, to)).length;
  const p = common / (tokens(a.text).length || 1);
  const r = common / (tokens(b.text).length || 1);
  return p + r ? (2 * p * r) / (p + r) : 0;
}


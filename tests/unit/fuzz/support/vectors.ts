// The fixed XSS corpus (tests/fixtures/xss/vectors.json) and the realistic article page each vector is put into.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface XssVector {
  id: string;
  /** head: inside <head>; body: a block between paragraphs; inline: inside a paragraph's text. */
  where: 'head' | 'body' | 'inline';
  html: string;
  note: string;
}

const dir = path.resolve(import.meta.dirname, '../../../fixtures/xss');

export const VECTORS: readonly XssVector[] = JSON.parse(readFileSync(path.join(dir, 'vectors.json'), 'utf8')) as XssVector[];
export const ARTICLE_TEMPLATE = readFileSync(path.join(dir, 'article.html'), 'utf8');

/** The article page with the vector in its place (the other placeholders emptied). */
export function pageWith(v: Pick<XssVector, 'where' | 'html'>): string {
  const slot = (w: XssVector['where']): string => (v.where === w ? v.html : '');
  return ARTICLE_TEMPLATE.replace('<!--HEAD-->', () => slot('head'))
    .replace('<!--BODY-->', () => slot('body'))
    .replace('{{INLINE}}', () => slot('inline'));
}

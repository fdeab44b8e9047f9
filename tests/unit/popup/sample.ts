// The FranceSoir sample run through the real language engine, for popup tests that need a realistic digest.
import { analyzeArticle } from '../../../src/core/analyze';
import type { Digest } from '../../../src/core/analyze/types';
import type { ArticleMeta } from '../../../src/core/extract/types';
import { loadSeed } from '../analyze/seed';

export function sampleDigest(): { article: ArticleMeta; digest: Digest } {
  const seed = loadSeed();
  const published = '2016-10-26T12:54:00+02:00';
  const digest = analyzeArticle({ paragraphs: seed.paragraphs, title: seed.title, excerpt: seed.excerpt, lang: 'fr', published, captions: [seed.caption] });
  const text = seed.paragraphs.join('\n\n');
  const article: ArticleMeta = {
    url: 'https://example.org/news/mossoul', title: seed.title, byline: 'La rédaction', siteName: 'Example News', published, modified: null,
    lang: 'fr', dir: 'ltr', leadImage: null, excerpt: seed.excerpt, text, paragraphs: seed.paragraphs,
    wordCount: text.split(/\s+/).length, readingMinutes: 2,
  };
  return { article, digest };
}

/** A translate function that shows the key and its substitutions, so tests see which message was used. */
export const keyT = (key: string, subs?: string[]): string => (subs?.length ? `${key}(${subs.join('|')})` : key);

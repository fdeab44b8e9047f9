// The quotation corpus's articles with their gold annotations, for the entity bench and trainer (the test split only
// when asked for by name). Paths come from the repository root: bundled, this file no longer sits in the repository.
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation, Article } from '../quotes-corpus/gold';

export function* corpusArticles(repo: string, splits: string[]): Generator<{ article: Article; gold: Annotation }> {
  const dir = path.join(repo, 'tests/fixtures/analyze/corpus');
  for (const f of fs.readdirSync(path.join(dir, 'annotations')).filter((x) => x.endsWith('.json')).sort()) {
    const article = JSON.parse(fs.readFileSync(path.join(dir, 'articles', f), 'utf8')) as Article;
    if (!splits.includes(article.split)) continue;
    yield { article, gold: JSON.parse(fs.readFileSync(path.join(dir, 'annotations', f), 'utf8')) as Annotation };
  }
}

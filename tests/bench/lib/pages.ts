// Loads the shared benchmark pages: articlebench-dev (human ground truth) and the Readability test pages.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtmlFile } from '../../../src/cli/html-file';

export interface BenchPage {
  set: 'articlebench' | 'readability' | 'dragnet';
  id: string;
  url: string;
  html: string;
  /** Human ground truth (articlebench) or Readability's expected output as HTML (readability). */
  truth: string;
  readerable?: boolean;
}

/** ../shared beside the repo, or READLENS_SHARED. */
export function sharedDir(repoRoot: string): string {
  return process.env['READLENS_SHARED'] ?? path.resolve(repoRoot, '../shared');
}

export function loadArticlebench(shared: string): BenchPage[] {
  const dir = path.join(shared, 'pages/articlebench-dev');
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.keys(truth).sort().map((id) => ({
    set: 'articlebench' as const,
    id,
    url: truth[id]!.url,
    html: readHtmlFile(path.join(dir, 'html', `${id}.html.gz`)),
    truth: truth[id]!.articleBody,
  }));
}

export function loadReadability(shared: string): BenchPage[] {
  const dir = path.join(shared, 'pages/readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((id) => {
    const meta = JSON.parse(readFileSync(path.join(dir, id, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
    return {
      set: 'readability' as const,
      id,
      url: 'http://fakehost/test/page.html',
      html: readFileSync(path.join(dir, id, 'source.html'), 'utf8'),
      truth: readFileSync(path.join(dir, id, 'expected.html'), 'utf8'),
      readerable: meta.readerable,
    };
  });
}

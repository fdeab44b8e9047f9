// npm run train:summary [-- --limit=N] — bundles tests/bench/train-summary.ts for Node and fits the summary model.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.READLENS_SHARED ?? path.resolve(repo, '../shared');
const limitArg = process.argv.slice(2).find((a) => a.startsWith('--limit='));
const out = await bundleForNode(path.join(repo, 'tests/bench/train-summary.ts'), path.join(repo, 'node_modules/.cache/readlens-bench'), 'train-summary.mjs');
const { train } = await import(pathToFileURL(out).href);
train({ shared, repo, ...(limitArg ? { limit: Number(limitArg.split('=')[1]) } : {}) });

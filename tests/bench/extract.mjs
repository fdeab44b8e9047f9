// Launcher for the extraction benchmark: bundles tests/bench/extract.ts with vite, then runs it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './lib/bundle.mjs';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.READLENS_ROOT = root;
requireSharedData(sharedDataRoot(root), ['pages/readability', 'pages/articlebench-dev']);
const out = await bundleForNode(path.join(root, 'tests/bench/extract.ts'), path.join(root, 'node_modules/.cache/readlens-bench'), 'extract-bench.mjs');
await import(pathToFileURL(out).href);

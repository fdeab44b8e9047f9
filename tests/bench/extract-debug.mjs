// Launcher for the benchmark debug helper (bundles tests/bench/extract-debug.ts with vite, then runs it).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './lib/bundle.mjs';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.READLENS_ROOT = root;
requireSharedData(sharedDataRoot(root), ['pages/readability', 'pages/articlebench-dev']);
const out = await bundleForNode(path.join(root, 'tests/bench/extract-debug.ts'), path.join(root, 'node_modules/.cache/readlens-bench'), 'extract-debug.mjs');
await import(pathToFileURL(out).href);

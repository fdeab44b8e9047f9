// Launcher for the block-model trainer: bundles tests/bench/train-extract.ts with vite, then runs it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.READLENS_ROOT = root;
const out = await bundleForNode(path.join(root, 'tests/bench/train-extract.ts'), path.join(root, 'node_modules/.cache/readlens-bench'), 'train-extract.mjs');
await import(pathToFileURL(out).href);

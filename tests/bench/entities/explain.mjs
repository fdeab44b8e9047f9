// node tests/bench/entities/explain.mjs <corpus article .json | golden page name> <word> — bundles explain.ts beside the
// dependencies (it needs jsdom for the golden pages) and prints the matching candidates' features and kinds.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = await bundleForNode(path.join(repo, 'tests/bench/entities/explain.ts'), path.join(repo, 'node_modules/.cache/readlens-explain'), 'explain.mjs');
const { run } = await import(pathToFileURL(out).href);
run(repo, process.argv.slice(2));

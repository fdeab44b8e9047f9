// node tests/bench/quotes-corpus/explain.mjs <golden page | corpus article id> [paragraph] — bundles explain.ts and runs it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = await bundleForNode(path.join(repo, 'tests/bench/quotes-corpus/explain.ts'), path.join(repo, 'node_modules/.cache/readlens-explain'), 'explain.mjs');
const { run } = await import(pathToFileURL(out).href);
run(repo, process.argv.slice(2));

// npm run train:entities — bundles train.ts for Node and runs it: fits the entity model on the train split, picks the
// settings on dev and prints both; `-- --write` ships the weights as `entityModel` in src/core/analyze/lang/data/<code>.json
// (the language's own where they do better on dev, the shared ones otherwise).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/entities/train.ts', process.argv.slice(2));

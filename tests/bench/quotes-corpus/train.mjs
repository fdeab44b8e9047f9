// npm run train:quotes — bundles train.ts for Node and runs it: fits the speaker model on the train split, chooses
// each language's thresholds precision first on out-of-fold train and dev picks and prints the dev curves and weights; `-- --write` ships the weights into
// src/core/analyze/lang/data/<code>.json (the engine then uses the model there). The test split is never read.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/quotes-corpus/train.ts', process.argv.slice(2));

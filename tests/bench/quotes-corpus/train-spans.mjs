// npm run train:spans — bundles train-spans.ts for Node and runs it: fits the quote-or-term model on the train split,
// chooses its penalty and threshold on dev and prints both; `-- --write` ships the weights into
// src/core/analyze/quote-kind-model.ts; `-- --errors` lists the train spans it gets wrong and the gold quotations no span
// reaches (`-- --context` adds the text around each). The test split is never read.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/quotes-corpus/train-spans.ts', process.argv.slice(2));

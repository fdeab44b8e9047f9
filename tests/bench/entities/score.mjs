// npm run bench:entities — bundles score.ts for Node and runs it: people, places and organisations per split and
// language on the quotation corpus, against the targets of issue 12 (`-- --errors` lists train/dev misses and extras).
// The test split is scored only with `-- --test`, once, at the end.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/entities/score.ts', process.argv.slice(2));

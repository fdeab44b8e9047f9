// npm run bench:quotes — bundles score.ts for Node and runs it (`-- --errors` lists train/dev errors; `-- --test` adds the
// test split, to be read once at the end). The corpus lives in the repository; nothing here reads ../shared.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/quotes-corpus/score.ts', process.argv.slice(2));

// node tests/bench/entities/errors.mjs [--dev|--train] [N] — the key-fact errors on train + dev sorted into kinds, N examples each.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
await runBundled(repo, 'tests/bench/entities/errors.ts', process.argv.slice(2));

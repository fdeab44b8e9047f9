// npm run bench:quotes — bundles score.ts for Node and runs it (`-- --errors` lists train/dev errors; `-- --test` adds the
// test split, to be read once at the end). The corpus lives in the repository; nothing here reads ../shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../lib/bundle.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-quotes-'));
try {
  const file = await bundleForNode(path.join(repo, 'tests/bench/quotes-corpus/score.ts'), out, 'score.mjs');
  const { run } = await import(pathToFileURL(file).href);
  run(repo, process.argv.slice(2));
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}

// npm run bench:analyze — bundles the TypeScript benchmark with rolldown, runs it, and measures the engine's bundle size.
import { build } from 'rolldown';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = sharedDataRoot(repo);
requireSharedData(shared, ['data/orangesum-dev']);
const args = process.argv.slice(2);
const limitArg = args.find((a) => a.startsWith('--limit='));

// The engine as the extension carries it: one minified ESM bundle of src/core/analyze/engine.ts, without word
// lists; each language's lists are a separate packaged file, fetched only when an article in that language needs it.
const engine = await build({ input: path.join(repo, 'src/core/analyze/engine.ts'), write: false, output: { format: 'esm', minify: true }, logLevel: 'silent' });
const code = engine.output[0].code;
const gzip = zlib.gzipSync(code, { level: 9 }).length;
const langDir = path.join(repo, 'src/core/analyze/lang/data');
const langFiles = fs.readdirSync(langDir).filter((f) => f.endsWith('.json')).map((f) => {
  const json = JSON.stringify(JSON.parse(fs.readFileSync(path.join(langDir, f), 'utf8')));
  return { lang: f.replace(/\.json$/, ''), raw: json.length, gzip: zlib.gzipSync(json, { level: 9 }).length };
});

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-bench-'));
const file = path.join(out, 'analyze-bench.mjs');
await build({
  input: path.join(repo, 'tests/bench/analyze-bench.ts'),
  platform: 'node',
  external: [/^node:/],
  write: true,
  output: { file, format: 'esm' },
  logLevel: 'silent',
});
const { runBench } = await import(pathToFileURL(file).href);
const result = runBench({ shared, repo, verbose: args.includes('--verbose'), ...(limitArg ? { limit: Number(limitArg.split('=')[1]) } : {}) });
console.log(`\n## Bundle\n\n- src/core/analyze/engine.ts minified: ${(code.length / 1024).toFixed(1)} KB, gzip: ${(gzip / 1024).toFixed(1)} KB (budget 30 KB gzip)`);
console.log(`- word lists, one file per language, loaded on demand: ${langFiles.map((l) => `${l.lang} ${(l.gzip / 1024).toFixed(1)} KB`).join(', ')} (gzip)`);
console.log(`- engine + one language (largest): ${((gzip + Math.max(...langFiles.map((l) => l.gzip))) / 1024).toFixed(1)} KB gzip`);
result.bundle = { minified: code.length, gzip, langFiles };
fs.mkdirSync(path.join(repo, 'artifacts'), { recursive: true });
fs.writeFileSync(path.join(repo, 'artifacts/bench-analyze.json'), JSON.stringify(result, null, 1));
fs.rmSync(out, { recursive: true, force: true });
if (result.failures.length) {
  console.error(`\n${result.failures.length} pass mark(s) missed`);
  process.exitCode = 1;
}

// npm run bench:analyze — bundles the TypeScript benchmark with rolldown, runs it, and measures the engine's bundle size.
import { build } from 'rolldown';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';
import { analyzeEngineSize } from '../../scripts/lib/analyze-size.mjs';
import { ANALYZE_GZIP_BUDGET } from '../../scripts/lib/budgets.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = sharedDataRoot(repo);
requireSharedData(shared, ['data/orangesum-dev']);
const args = process.argv.slice(2);
const limitArg = args.find((a) => a.startsWith('--limit='));

// The engine as the extension carries it: one minified ESM bundle of src/core/analyze/engine.ts, without word
// lists; each language's lists are a separate packaged file, fetched only when an article in that language needs it,
// and the name tables they share (common.json) with the first of them.
const engine = await analyzeEngineSize(repo, { modules: true });
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
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const langs = langFiles.filter((l) => l.lang !== 'common');
const sharedTables = langFiles.find((l) => l.lang === 'common');
const withinBudget = engine.gzip <= ANALYZE_GZIP_BUDGET;
console.log(`\n## Bundle\n\n- src/core/analyze/engine.ts minified: ${kb(engine.minified)}, gzip: ${kb(engine.gzip)} (budget ${kb(ANALYZE_GZIP_BUDGET)} gzip) ${withinBudget ? '✓ pass' : '✗ FAIL: over budget'}`);
console.log(`- largest shares of its gzip bytes: ${engine.modules.slice(0, 8).map((m) => `${m.module.replace('src/core/analyze/', '')} ${kb(m.gzip)}`).join(', ')}`);
console.log(`- word lists, one file per language, loaded on demand: ${langs.map((l) => `${l.lang} ${kb(l.gzip)}`).join(', ')} (gzip)`);
if (sharedTables) console.log(`- name tables every full language shares, loaded with the first: common ${kb(sharedTables.gzip)} gzip`);
console.log(`- engine + shared tables + one language (largest): ${kb(engine.gzip + (sharedTables?.gzip ?? 0) + Math.max(...langs.map((l) => l.gzip)))} gzip`);
result.bundle = { minified: engine.minified, gzip: engine.gzip, budget: ANALYZE_GZIP_BUDGET, withinBudget, modules: engine.modules, langFiles };
fs.mkdirSync(path.join(repo, 'artifacts'), { recursive: true });
fs.writeFileSync(path.join(repo, 'artifacts/bench-analyze.json'), JSON.stringify(result, null, 1));
fs.rmSync(out, { recursive: true, force: true });
// The size budget is a pass mark too: over it, the bench fails (the build does too).
if (!withinBudget) console.error('\nthe language engine is over its 30 KB gzip budget');
if (result.failures.length) console.error(`\n${result.failures.length} pass mark(s) missed`);
if (!withinBudget || result.failures.length) process.exitCode = 1;

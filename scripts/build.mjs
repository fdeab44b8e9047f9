// Builds both browsers' extensions from one codebase: dist/chrome (CRXJS + a self-contained content script)
// and dist/firefox (the same files with Firefox's manifest, less Chrome's offscreen page).
// `--e2e` builds the end-to-end test build into dist/e2e/ instead: the same code plus the background's test hooks
// (__READLENS_E2E__), which no shipped build carries.
import { build } from 'vite';
import { cp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ANALYZE_GZIP_BUDGET, CONTENT_GZIP_BUDGET, LISTEN_GZIP_BUDGET } from './lib/budgets.mjs';
import { analyzeEngineSize } from './lib/analyze-size.mjs';
import { pruneUnreachable } from './lib/prune-unreachable.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2e = process.argv.includes('--e2e');
if (e2e) process.env.READLENS_E2E = '1';
const outRoot = path.join(root, e2e ? 'dist/e2e' : 'dist');
const chromeDir = path.join(outRoot, 'chrome');
const firefoxDir = path.join(outRoot, 'firefox');
const GECKO_ID = 'readlens@readlens.app';
const quiet = { logLevel: process.env.READLENS_BUILD_VERBOSE ? 'info' : 'warn' };

const started = Date.now();

// 1. Popup and background through CRXJS (it rewrites manifest.json paths to the built files).
await build({ root, configFile: path.join(root, 'vite.config.ts'), ...quiet, build: { outDir: chromeDir } });

// 2. The content script as ONE classic script: injected with scripting.executeScript, so it needs no
//    web_accessible_resources a page could probe, and no module loader. The speech script (listen.js) likewise:
//    the background injects it into the same isolated world on the first press of Listen.
for (const [entry, file, name] of [
  ['src/content/index.ts', 'content.js', 'readlensContent'],
  ['src/content/listen/index.ts', 'listen.js', 'readlensListen'],
]) {
  await build({
    root,
    configFile: false,
    ...quiet,
    publicDir: false,
    define: { __READLENS_E2E__: JSON.stringify(e2e) }, // as vite.config.ts defines it for the other pages
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(root, entry), formats: ['iife'], name, fileName: () => file },
    },
  });
}

// 3. Chrome manifest: drop anything CRXJS adds for dev servers; no web_accessible_resources at all.
const chromeManifest = JSON.parse(await readFile(path.join(chromeDir, 'manifest.json'), 'utf8'));
delete chromeManifest.web_accessible_resources;
await writeFile(path.join(chromeDir, 'manifest.json'), JSON.stringify(chromeManifest, null, 2));
await rm(path.join(chromeDir, '.vite'), { recursive: true, force: true });

// 4. Firefox: same files; MV3 there runs background scripts (event page), needs a gecko id and,
//    for data_collection_permissions, Firefox 140+.
await rm(firefoxDir, { recursive: true, force: true });
await cp(chromeDir, firefoxDir, { recursive: true });
const { service_worker: worker, ...backgroundRest } = chromeManifest.background;
// Chrome's floor (116: runtime.getContexts, which finds an open offscreen document) means nothing to Firefox.
const { minimum_chrome_version: _chromeFloor, ...sharedManifest } = chromeManifest;
const firefoxManifest = {
  ...sharedManifest,
  // Firefox's background page has a DOM of its own, so it needs no offscreen document (nor knows the permission).
  permissions: chromeManifest.permissions.filter((p) => p !== 'offscreen'),
  background: { ...backgroundRest, scripts: [worker] },
  browser_specific_settings: {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  },
};
await writeFile(path.join(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest, null, 2));
// Firefox never opens the offscreen page: drop it and the scripts only it loads.
await rm(path.join(firefoxDir, 'src/offscreen'), { recursive: true, force: true });
const pruned = await pruneUnreachable(firefoxDir, firefoxManifest);

// Sizes of what ships, so every build shows what the change cost.
async function size(file) {
  if (!existsSync(file)) return null;
  const buf = await readFile(file);
  return { raw: (await stat(file)).size, gzip: gzipSync(buf, { level: 9 }).length };
}
const fmt = (s) => (s ? `${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip` : 'missing');
const rel = (dir) => path.relative(root, dir);
console.log(`built ${rel(chromeDir)} and ${rel(firefoxDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (pruned.length) console.log(`  ${rel(firefoxDir)} leaves out ${pruned.join(', ')}`);
// Both injected scripts have a budget: content.js loads into every page the reader opens on, listen.js on Listen.
for (const [file, budget, why] of [
  ['content.js', CONTENT_GZIP_BUDGET, 'it loads into every page the reader opens on'],
  ['listen.js', LISTEN_GZIP_BUDGET, 'it loads when Listen is pressed, before the first word'],
]) {
  const s = await size(path.join(chromeDir, file));
  console.log(`  ${file}: ${fmt(s)} (budget ${(budget / 1024).toFixed(1)} KB gzip)`);
  if (!s || s.gzip > budget) {
    console.error(`build: ${file} is over its budget of ${budget} bytes gzip (${s?.gzip ?? 'missing'}): ${why}`);
    process.exit(1);
  }
}
// The language engine rides in the background's bundle; its budget keeps word lists and name tables in lang/*.json.
const engine = await analyzeEngineSize(root);
console.log(`  language engine (src/core/analyze/engine.ts): ${fmt({ raw: engine.minified, gzip: engine.gzip })} (budget ${(ANALYZE_GZIP_BUDGET / 1024).toFixed(1)} KB gzip)`);
if (engine.gzip > ANALYZE_GZIP_BUDGET) {
  console.error(`build: the language engine is over its budget of ${ANALYZE_GZIP_BUDGET} bytes gzip (${engine.gzip}): move data into lang/data/*.json, loaded on demand`);
  process.exit(1);
}

// Builds both browsers' extensions from one codebase: dist/chrome (CRXJS + a self-contained content script)
// and dist/firefox (the same files with Firefox's manifest).
import { build } from 'vite';
import { cp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromeDir = path.join(root, 'dist/chrome');
const firefoxDir = path.join(root, 'dist/firefox');
const GECKO_ID = 'readlens@readlens.app';
const quiet = { logLevel: process.env.READLENS_BUILD_VERBOSE ? 'info' : 'warn' };

const started = Date.now();

// 1. Popup and background through CRXJS (it rewrites manifest.json paths to the built files).
await build({ root, configFile: path.join(root, 'vite.config.ts'), ...quiet });

// 2. The content script as ONE classic script: injected with scripting.executeScript, so it needs no
//    web_accessible_resources a page could probe, and no module loader.
await build({
  root,
  configFile: false,
  ...quiet,
  publicDir: false,
  build: {
    outDir: chromeDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: path.join(root, 'src/content/index.ts'), formats: ['iife'], name: 'readlensContent', fileName: () => 'content.js' },
  },
});

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

// Sizes of what ships, so every build shows what the change cost.
async function size(file) {
  if (!existsSync(file)) return null;
  const buf = await readFile(file);
  return { raw: (await stat(file)).size, gzip: gzipSync(buf).length };
}
const fmt = (s) => (s ? `${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip` : 'missing');
console.log(`built dist/chrome and dist/firefox in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`  content.js: ${fmt(await size(path.join(chromeDir, 'content.js')))}`);

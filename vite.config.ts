// Extension-pages build (popup, background) with CRXJS; the content script is built apart by scripts/build.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/** Each language's word lists as its own packaged file, lang/<code>.json, which the background fetches on demand. */
function langData(): Plugin {
  return {
    name: 'readlens-lang-data',
    generateBundle() {
      const dir = new URL('./src/core/analyze/lang/data/', import.meta.url);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const data: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `lang/${file}`, source: JSON.stringify(data) });
      }
    },
  };
}

export default defineConfig({
  // Compile-time flags (src/vite-env.d.ts); `node scripts/build.mjs --e2e` sets READLENS_E2E.
  define: { __READLENS_E2E__: JSON.stringify(process.env.READLENS_E2E === '1') },
  plugins: [preact(), crx({ manifest: manifest as never }), langData()],
  publicDir: 'src/static',
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // Pages the manifest does not name: Chrome's offscreen document for extraction off the page's thread.
    rollupOptions: { input: { offscreen: 'src/offscreen/index.html' } },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});

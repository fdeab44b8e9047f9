// Extension-pages build (popup, background) with CRXJS; the content script is built apart by scripts/build.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { readerFontFaces } from './scripts/lib/reader-font.mjs';
import { READER_FONT_DIR, langDataPath } from './src/common/packaged-paths';

/** Each language's word lists as its own packaged file, lang/<code>.json, which the background fetches on demand. */
function langData(): Plugin {
  return {
    name: 'readlens-lang-data',
    generateBundle() {
      const dir = new URL('./src/core/analyze/lang/data/', import.meta.url);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const data: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
        this.emitFile({ type: 'asset', fileName: langDataPath(file.replace(/\.json$/, '')), source: JSON.stringify(data) });
      }
    },
  };
}

/**
 * The reader's legible font as packaged files: fonts/<face>.woff2, their list (fonts/faces.json) and the licence.
 * No web_accessible_resources: the background reads them and the reader builds FontFaces from the bytes.
 */
function readerFont(): Plugin {
  return {
    name: 'readlens-reader-font',
    generateBundle() {
      const { faces, licence } = readerFontFaces();
      for (const f of faces) this.emitFile({ type: 'asset', fileName: `${READER_FONT_DIR}/${f.file}`, source: readFileSync(f.source) });
      const list = faces.map(({ file, weight, style, unicodeRange }) => ({ file, weight, style, unicodeRange }));
      this.emitFile({ type: 'asset', fileName: `${READER_FONT_DIR}/faces.json`, source: JSON.stringify(list) });
      this.emitFile({ type: 'asset', fileName: `${READER_FONT_DIR}/OFL.txt`, source: readFileSync(licence) });
    },
  };
}

export default defineConfig({
  // Compile-time flags (src/vite-env.d.ts); `node scripts/build.mjs --e2e` sets READLENS_E2E.
  define: { __READLENS_E2E__: JSON.stringify(process.env.READLENS_E2E === '1') },
  plugins: [preact(), crx({ manifest: manifest as never }), langData(), readerFont()],
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

// Extension-pages build (popup, background) with CRXJS; the content script is built apart by scripts/build.mjs.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never })],
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

// Builds the Readlens CLI bundle (src/cli/main.ts → dist/cli/readlens.mjs, and the page worker it starts,
// src/cli/page-worker.ts → dist/cli/page-worker.mjs) with vite's build API.
// Dependencies (jsdom, dompurify) stay external and load from node_modules at run time.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist/cli/readlens.mjs');

/** Builds into dist/cli, or into `outDir` (tests build a private copy); returns the entry's path. */
export async function buildCli(outDir = path.dirname(CLI_BUNDLE)) {
  // Chunk names carry a hash: drop the previous build's so they do not pile up.
  rmSync(path.join(outDir, 'assets'), { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: { readlens: path.join(root, 'src/cli/main.ts'), 'page-worker': path.join(root, 'src/cli/page-worker.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'assets/[name]-[hash].mjs' },
      },
    },
  });
  return path.join(outDir, path.basename(CLI_BUNDLE));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built ${path.relative(root, CLI_BUNDLE)}`);
}

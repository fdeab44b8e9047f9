// Builds the Readlens CLI bundle (src/cli/main.ts → dist/cli/readlens.mjs) with vite's build API.
// Dependencies (jsdom, dompurify) stay external and load from node_modules at run time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist/cli/readlens.mjs');

export async function buildCli() {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: path.join(root, 'src/cli/main.ts'),
      outDir: path.dirname(CLI_BUNDLE),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: path.basename(CLI_BUNDLE) } },
    },
  });
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built ${path.relative(root, CLI_BUNDLE)}`);
}

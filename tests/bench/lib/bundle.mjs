// Bundles a TypeScript entry for Node with vite's build API (dependencies stay external) and returns the output path.
import path from 'node:path';
import { build } from 'vite';

export async function bundleForNode(entry, outDir, fileName) {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return path.join(outDir, fileName);
}

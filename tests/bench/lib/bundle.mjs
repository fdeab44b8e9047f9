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

/** Bundles `entry` (relative to the repository) into a temporary folder and calls its `run(repo, args)`. */
export async function runBundled(repo, entry, args) {
  const os = await import('node:os');
  const fs = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-bench-'));
  try {
    const file = await bundleForNode(path.join(repo, entry), out, path.basename(entry).replace(/\.ts$/, '.mjs'));
    const { run } = await import(pathToFileURL(file).href);
    await run(repo, args);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

// Bundles a TypeScript bench entry with vite (see bundle.mjs) and runs it, with READLENS_ROOT set to the repository.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';

export async function runBundled(entry) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  process.env.READLENS_ROOT = root;
  const out = await bundleForNode(path.join(root, entry), path.join(root, 'node_modules/.cache/readlens-bench'), path.basename(entry).replace(/\.ts$/, '.mjs'));
  await import(pathToFileURL(out).href);
}

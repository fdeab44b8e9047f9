#!/usr/bin/env node
// Readlens CLI launcher: runs the prebuilt bundle dist/cli/readlens.mjs, (re)building it first when it is
// missing or older than the sources it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli/readlens.mjs');

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const srcDir = path.join(root, 'src');
const stale = !existsSync(bundle) || !existsSync(path.join(root, 'dist/cli/page-worker.mjs')) ||
  (existsSync(srcDir) && Math.max(newestSource(path.join(srcDir, 'cli')), newestSource(path.join(srcDir, 'core'))) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts/build-cli.mjs')).href);
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));

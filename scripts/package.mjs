// Writes the two store archives from the built extensions: artifacts/readlens-<version>-{chrome,firefox}.zip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outDir = path.join(root, 'artifacts');
mkdirSync(outDir, { recursive: true });

for (const target of ['chrome', 'firefox']) {
  const source = path.join(root, 'dist', target);
  const zip = path.join(outDir, `readlens-${version}-${target}.zip`);
  if (existsSync(zip)) rmSync(zip);
  // web-ext zips a source dir the way both stores expect (manifest at the root), with no system zip needed.
  execFileSync(path.join(root, 'node_modules/.bin/web-ext'), ['build', '--source-dir', source, '--artifacts-dir', outDir, '--filename', path.basename(zip), '--overwrite-dest'], { stdio: 'ignore' });
  console.log(`${path.relative(root, zip)}: ${(statSync(zip).size / 1024).toFixed(1)} KB`);
}

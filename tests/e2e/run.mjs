// Entry of `npm run test:e2e`: checks the browsers and the builds exist, then runs every tests/e2e/*.test.mjs with Node's test runner.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, chromePath, distChrome, distFirefox, firefoxPath, repoRoot } from './lib/paths.mjs';

const problems = [];
/** A browser must be there: a missing one fails the run with the install command (never a silent skip, never a download). */
for (const [name, file, env] of [
  ['Chromium', chromePath, 'CHROME_PATH'],
  ['Firefox ESR', firefoxPath, 'FIREFOX_PATH'],
]) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    problems.push(`${name} not found at ${file}. Install it with: sudo apt-get install -y chromium firefox-esr (or point ${env} at a ${name} binary).`);
  }
}
for (const dir of [distChrome, distFirefox]) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) problems.push(`No build at ${dir}/manifest.json. Run: npm run build:e2e`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`test:e2e: ${p}`);
  process.exit(1);
}

fs.mkdirSync(artifactsDir, { recursive: true });
const here = path.dirname(new URL(import.meta.url).pathname);
// Extra arguments select files (e.g. `npm run test:e2e -- firefox`): a file runs if its name contains one of them.
const filters = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs') && (filters.length === 0 || filters.some((x) => f.includes(x))))
  .sort()
  .map((f) => path.relative(repoRoot, path.join(here, f)));
if (files.length === 0) {
  console.error(`test:e2e: no test file matches ${filters.join(', ')}`);
  process.exit(1);
}

// Which browser versions ran goes in the log: the suite must pass on every version we support (see README).
const version = (file) => execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`test:e2e: ${version(chromePath)} (${chromePath}); ${version(firefoxPath)} (${firefoxPath})`);

// Test a snapshot of the build: a rebuild during the run (npm run build in another terminal) must not change the extension mid-suite.
const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-e2e-dist-'));
fs.cpSync(distChrome, path.join(snapshot, 'chrome'), { recursive: true });
fs.cpSync(distFirefox, path.join(snapshot, 'firefox'), { recursive: true });

const started = Date.now();
// One file at a time: each launches its own browser and the machine has few cores.
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, READLENS_DIST: snapshot },
});
child.on('exit', (code, signal) => {
  fs.rmSync(snapshot, { recursive: true, force: true });
  console.log(`test:e2e: ${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, artifactsDir)}/`);
  process.exit(signal ? 1 : (code ?? 1));
});

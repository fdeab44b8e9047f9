// Real-browser sweep of the built extension over every shared real page (readability/ and articlebench-dev/):
// toolbar click → popup digest → reading mode on → reader, highlights, errors → off → page HTML restored.
// Prints the anomalies and a summary; writes every page's record to artifacts/bench-sweep.json.
// Usage: npm run bench:sweep -- [--limit=N] [--only=substring] [--timeout=ms per page, default 30000] [--out=file]
// READLENS_DIST (a build's folder) works as in the e2e suite; READLENS_SHARED points at the shared data (default ../shared).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/lib/chromium.mjs';
import { distChrome, distRoot, repoRoot } from '../e2e/lib/paths.mjs';
import { ExtensionErrors } from '../e2e/lib/extension-errors.mjs';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';
import { declaredCharset, listPages, pageBytes, servedCharset, startPageServer } from './sweep/pages.mjs';
import { anomaliesOf, anomalyTable, progressLine, summarize, summaryLine } from './sweep/report.mjs';
import { pageChangesByItself, visitPage } from './sweep/visit.mjs';

function parseArgs(argv) {
  const opts = { limit: Infinity, only: null, timeout: 30000, out: path.join(repoRoot, 'artifacts/bench-sweep.json') };
  for (const arg of argv) {
    const [, key, value] = /^--(\w+)=(.*)$/.exec(arg) ?? [];
    if (key === 'limit') opts.limit = Number(value);
    else if (key === 'only') opts.only = value;
    else if (key === 'timeout') opts.timeout = Number(value);
    else if (key === 'out') opts.out = path.resolve(value);
    else throw new Error(`unknown argument ${arg} (use --limit=N, --only=substring, --timeout=ms, --out=file)`);
  }
  if (!(opts.limit > 0) || !(opts.timeout > 0)) throw new Error('--limit and --timeout take positive numbers');
  return opts;
}

/** Build once when there is no Chrome build; a READLENS_DIST that lacks one is the caller's mistake. */
function ensureBuild() {
  if (fs.existsSync(path.join(distChrome, 'manifest.json'))) return;
  if (process.env.READLENS_DIST) throw new Error(`READLENS_DIST=${distRoot} has no chrome/manifest.json`);
  console.log('dist/chrome is missing: npm run build');
  const built = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/** One browser for the run, with its error collector; relaunched when it dies. */
async function startBrowser() {
  const chromium = await launchChromium();
  const errors = new ExtensionErrors(chromium);
  errors.start();
  const state = { chromium, errors, dead: false };
  chromium.browser.on('disconnected', () => (state.dead = true));
  return state;
}

class PageTimeout extends Error {}

/** Close a tab or popup, giving up on one whose renderer no longer answers (the browser is then restarted). */
async function closeQuietly(target) {
  if (!target) return true;
  let timer;
  const gaveUp = new Promise((resolve) => (timer = setTimeout(() => resolve(false), 10000)));
  const closed = target.close({ runBeforeUnload: false }).then(() => true, () => true);
  const ok = await Promise.race([closed, gaveUp]);
  clearTimeout(timer);
  return ok;
}

async function sweepOne(b, server, page, timeout) {
  const bytes = pageBytes(page.file);
  const rec = {
    id: page.id,
    set: page.set,
    url: server.url(page.route),
    readerable: page.readerable,
    expectedTitle: page.expectedTitle,
    charset: { declared: declaredCharset(bytes), served: servedCharset(bytes) },
    stage: 'start',
  };
  const started = Date.now();
  const deadline = started + timeout;
  const ctx = {
    tab: null,
    popup: null,
    cancelled: false,
    left: () => Math.max(1, deadline - Date.now()),
    // A visit that ran out of time must not go on into the next page's popup: it stops at its next stage.
    stage(s) {
      if (ctx.cancelled) throw new Error('cancelled after the page timeout');
      rec.stage = s;
    },
  };
  let timer;
  try {
    const expired = new Promise((_, reject) => (timer = setTimeout(() => reject(new PageTimeout()), timeout)));
    await Promise.race([visitPage({ chromium: b.chromium, errors: b.errors, origin: server.origin, page, rec, ctx }), expired]);
  } catch (err) {
    if (err instanceof PageTimeout) rec.timeout = true;
    else rec.error = String(err?.message ?? err).split('\n')[0];
  } finally {
    clearTimeout(timer);
    ctx.cancelled = true;
  }
  rec.ms = Date.now() - started;
  const htmlChanged = rec.htmlChangedBeforeReader || rec.html?.restored === false;
  if (htmlChanged && !b.dead) {
    const spanMs = Math.max(rec.snapshots.popupMs ?? 0, rec.snapshots.offMs ?? 0);
    // Page scripts (ad-block baits, lazy widgets) run on timers: one quiet control run is not proof, so try twice.
    const control = () => pageChangesByItself({ chromium: b.chromium, origin: server.origin, page, spanMs: spanMs * 2 }).catch((err) => ({ error: err.message }));
    rec.control = await control();
    if (rec.control.changes !== true) rec.control = { ...(await control()), runs: 2 };
  }
  const closed = (await closeQuietly(ctx.popup)) && (await closeQuietly(ctx.tab));
  if (b.dead) rec.browserCrashed = true;
  rec.errors = b.errors.take();
  rec.anomalies = anomaliesOf(rec);
  return { rec, healthy: closed && !b.dead };
}

const gitHead = () => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sharedRoot = sharedDataRoot(repoRoot);
  requireSharedData(sharedRoot, ['pages/readability', 'pages/articlebench-dev']);
  ensureBuild();
  const pages = listPages(sharedRoot)
    .filter((p) => !opts.only || p.id.includes(opts.only))
    .slice(0, opts.limit);
  if (pages.length === 0) throw new Error(`no page matches${opts.only ? ` "${opts.only}"` : ''} under ${sharedRoot}/pages`);
  const server = await startPageServer(pages);
  let b = await startBrowser();
  const startedAt = new Date();
  const records = [];
  let restarts = 0;
  try {
    for (const [i, page] of pages.entries()) {
      const { rec, healthy } = await sweepOne(b, server, page, opts.timeout);
      records.push(rec);
      console.log(progressLine(i, pages.length, rec));
      if (!healthy) {
        restarts += 1;
        await b.chromium.close();
        b = await startBrowser();
      }
    }
  } finally {
    await b.chromium.close();
    await server.close();
  }
  const summary = summarize(records);
  const report = {
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    repoHead: gitHead(),
    dist: distChrome,
    options: { ...opts, limit: Number.isFinite(opts.limit) ? opts.limit : null },
    browserRestarts: restarts,
    summary,
    pages: records,
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(report, null, 2));
  console.log('\n' + anomalyTable(records));
  console.log('\n' + summaryLine(summary));
  console.log(`full records: ${path.relative(process.cwd(), opts.out)}`);
}

await main();

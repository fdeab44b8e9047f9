// Readlens's own code put into the fake browser: the service worker, the packaged content script files, the
// offscreen document's page — each evaluated in its own context, as the browser would run them.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadIn, type FakeBrowser, type FakeContext } from './fake-browser';

/** The file Readlens's auto-open registration runs before content.js (plain JS in the package, no types). */
const AUTO_OPEN_FLAG = pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/static/auto-open-flag.js')).href;

/**
 * Loads the service worker and delivers runtime.onInstalled, as a fresh install does; `restart`: the browser
 * stopped the worker and an event wakes a new one (module state gone, storage kept).
 */
export async function startBackground(fake: FakeBrowser, restart = false): Promise<FakeContext> {
  fake.background().destroy();
  const worker = fake.background();
  await loadIn(worker, () => import('../../../src/background/index'));
  if (!restart) await fake.install();
  return worker;
}

/** content.js and auto-open-flag.js run the real sources (the content script needs a DOM: happy-dom tests). */
export function packageContentScripts(fake: FakeBrowser): void {
  fake.scriptFiles.set('content.js', (ctx) => loadIn(ctx, () => import('../../../src/content/index')));
  fake.scriptFiles.set('auto-open-flag.js', (ctx) => loadIn(ctx, () => import(/* @vite-ignore */ AUTO_OPEN_FLAG)));
}

/** The offscreen document's page runs src/offscreen/main.ts when the background creates it. */
export function packageOffscreenPage(fake: FakeBrowser): void {
  fake.pageScripts.set('src/offscreen/index.html', (ctx) => loadIn(ctx, () => import('../../../src/offscreen/main')));
}

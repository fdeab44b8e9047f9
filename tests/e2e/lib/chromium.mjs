// Launches Debian's Chromium with the built extension and drives it as a reader would: real toolbar click, the real popup, the service worker's debug surface.
/* global chrome -- evaluated inside the extension (service worker, popup), where it exists */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath, distChrome } from './paths.mjs';
import { popupSettled, probePopup } from './popup-probes.mjs';
import { waitFor } from './wait.mjs';

/** Flags that keep a test browser quiet, offline-friendly and independent of the machine's profile. */
const CHROMIUM_ARGS = [
  '--no-sandbox', // containers and CI runners often lack the user namespaces Chromium's sandbox needs
  '--disable-gpu', // no GPU in headless CI
  '--no-first-run', // no welcome tab
  '--disable-background-networking', // no update pings: the machine is offline
  '--disable-component-update', // same, for components
  '--disable-sync', // no account sync
  // Pages may name remote resources; fail those lookups at once instead of waiting on DNS (tests are offline by design).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The popup page path declared by the built manifest (action.default_popup). */
export function popupPath(extDir = distChrome) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
  const popup = manifest.action?.default_popup;
  if (typeof popup !== 'string' || popup === '') throw new Error(`${extDir}/manifest.json has no action.default_popup`);
  return popup.replace(/^\//, '');
}

/** Flags and environment that put the browser UI, and so chrome.i18n, in `lang` (e.g. 'fr' → fr_FR). */
const languageLaunch = (lang) => ({
  args: [`--lang=${lang}`, `--accept-lang=${lang}`],
  env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` },
});

/**
 * Launch headless Chromium with `extDir` loaded unpacked in a fresh profile, its UI in `lang` when one is given
 * (the system's otherwise). Returns a session with helpers; call `close()` when done (it also removes the profile).
 */
export async function launchChromium({ extDir = distChrome, lang } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `readlens-e2e-${lang ?? 'chromium'}-`));
  const language = lang ? languageLaunch(lang) : { args: [], env: undefined };
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    userDataDir,
    args: [...CHROMIUM_ARGS, ...language.args],
    env: language.env,
    defaultViewport: { width: 1280, height: 900 },
  });
  const popupFile = popupPath(extDir);
  try {
    // The extension registers shortly after launch: poll for it instead of sleeping.
    const ext = await waitFor(
      async () => [...(await browser.extensions()).values()].find((e) => path.resolve(e.path) === path.resolve(extDir)) ?? null,
      { timeout: 10000, what: `the extension from ${extDir} to load` },
    );
    return new ChromiumSession(browser, ext, popupFile, userDataDir);
  } catch (err) {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}

class ChromiumSession {
  constructor(browser, ext, popupFile, userDataDir) {
    this.browser = browser;
    this.ext = ext;
    this.popupUrl = `chrome-extension://${ext.id}/${popupFile}`;
    this.userDataDir = userDataDir;
    this.worker = null;
  }

  /** The extension's service worker (re-found if Chromium stopped and restarted it). */
  async sw() {
    if (this.worker) {
      try {
        await this.worker.evaluate(() => 1);
        return this.worker;
      } catch {
        this.worker = null;
      }
    }
    const prefix = `chrome-extension://${this.ext.id}/`;
    const target = await this.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(prefix), {
      timeout: 10000,
    });
    this.worker = await target.worker();
    if (!this.worker) throw new Error('service worker target has no worker');
    return this.worker;
  }

  /** Evaluate `fn(...args)` in the service worker. */
  async swEval(fn, ...args) {
    return (await this.sw()).evaluate(fn, ...args);
  }

  /** The contract's debug surface: the keyboard command's real handler. */
  command(name = 'toggle-reading-mode') {
    return this.swEval((n) => globalThis.readlensDebug.command(n), name);
  }

  /** The contract's debug surface: the context-menu entry's real handler for a tab. */
  menuClick(tabId) {
    return this.swEval((id) => globalThis.readlensDebug.menuClick(id), tabId);
  }

  /** The background's per-tab state: { reading, injected }. */
  tabState(tabId) {
    return this.swEval((id) => globalThis.readlensDebug.tabState(id), tabId);
  }

  /** The content script's ping answer ({ ok, instanceId, injections }), forwarded by the background. */
  ping(tabId) {
    return this.swEval((id) => globalThis.readlensDebug.ping(id), tabId);
  }

  /** The toolbar badge text for a tab. */
  badge(tabId) {
    return this.swEval((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The whole storage.sync area. */
  syncStorage() {
    return this.swEval(() => chrome.storage.sync.get(null));
  }

  /** A new tab at `url`, brought to the front so it is the window's active tab. */
  async newTab(url) {
    const page = await this.browser.newPage();
    if (url) await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  /** Open extension popups (targets), newest last. */
  popupTargets() {
    return this.browser.targets().filter((t) => t.type() === 'page' && t.url().startsWith(this.popupUrl));
  }

  /** Close any open popup, as clicking elsewhere would. */
  async closePopups() {
    for (const t of this.popupTargets()) {
      const p = await t.asPage();
      await p.close().catch(() => {});
    }
    await waitFor(() => this.popupTargets().length === 0, { timeout: 5000, what: 'open popups to close' });
  }

  /**
   * Click the extension's toolbar button for real on `page`'s tab (CDP Extensions.triggerAction) and return the popup that opens:
   * { popup: Page, tabId } where tabId is the tab the popup itself sees as active (the one it acts on).
   */
  async clickToolbar(page) {
    await this.closePopups();
    await page.bringToFront();
    const before = new Set(this.popupTargets());
    await page.triggerExtensionAction(this.ext);
    const target = await this.browser.waitForTarget((t) => t.type() === 'page' && t.url().startsWith(this.popupUrl) && !before.has(t), {
      timeout: 10000,
    });
    const popup = await target.asPage();
    await popup.waitForSelector('[data-testid=popup]', { timeout: 10000 });
    const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null);
    return { popup, tabId };
  }

  async close() {
    await this.browser.close().catch(() => {});
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** Read the popup's visible state in one round trip. */
export function popupInfo(popup) {
  return popup.evaluate(probePopup);
}

/** Wait until the popup leaves `loading` and return its info. */
export function settledPopup(popup, timeout = 10000) {
  return waitFor(() => popupInfo(popup), { accept: popupSettled, timeout, what: 'the popup to settle' });
}

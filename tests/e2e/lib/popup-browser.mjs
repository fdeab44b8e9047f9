// A Chromium with the extension in another UI language (--lang plus LANGUAGE), for the popup's French screenshots and strings.
// The shared launcher takes no flags, so this one mirrors its quiet offline setup and its toolbar click.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { popupPath } from './chromium.mjs';
import { chromePath, distChrome } from './paths.mjs';
import { waitFor } from './wait.mjs';

/** Same quiet, offline flags as the shared launcher (see chromium.mjs for why each is there). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launch with the browser UI (and so chrome.i18n) in `lang`; returns { newTab, clickToolbar, close }. */
export async function launchChromiumInLanguage(lang, { extDir = distChrome } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `readlens-e2e-${lang}-`));
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    userDataDir,
    args: [...BASE_ARGS, `--lang=${lang}`, `--accept-lang=${lang}`],
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_FR.UTF-8` },
    defaultViewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await browser.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const ext = await waitFor(
      async () => [...(await browser.extensions()).values()].find((e) => path.resolve(e.path) === path.resolve(extDir)) ?? null,
      { timeout: 10000, what: 'the extension to load' },
    );
    const popupUrl = `chrome-extension://${ext.id}/${popupPath(extDir)}`;
    return {
      browser,
      close,
      async newTab(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.bringToFront();
        return page;
      },
      /** Real toolbar click (CDP Extensions.triggerAction) → the popup page that opens. */
      async clickToolbar(page) {
        await page.bringToFront();
        await page.triggerExtensionAction(ext);
        const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url().startsWith(popupUrl), { timeout: 10000 });
        const popup = await target.asPage();
        await popup.waitForSelector('[data-testid=popup]', { timeout: 10000 });
        return popup;
      },
    };
  } catch (err) {
    await close();
    throw err;
  }
}

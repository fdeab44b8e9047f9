// Chromium: the options page drives the reader — defaults picked there apply on the next article, a size remembered
// for a site in the popup shows up there (live) and can be forgotten, the shortcut is shown with a way to change it,
// and "Reset" brings the shipped defaults back.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

/** Runs in the page: the reader dialog's applied settings (data attributes set from the settings store). */
const readerSettings = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('readlens-reader, [data-readlens-reader]');
    const dialog = host?.shadowRoot?.querySelector('[data-testid="reader"]');
    return dialog ? { theme: dialog.dataset.theme, font: dialog.dataset.font, textSize: Number(dialog.dataset.textSize) } : null;
  });

const siteRows = (options) =>
  options.$$eval('[data-testid="site-sizes"] li', (lis) => lis.map((li) => ({ origin: li.dataset.origin, text: li.textContent.replace(/\s+/g, ' ').trim() })));

describe('Chromium: options page', () => {
  let server;
  let chromium;
  let options;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.ext.id}/src/options/index.html`, { waitUntil: 'load' });
    await options.waitForSelector('[data-testid="opt-theme-dark"]', { timeout: 10000 });
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** Opens the sample in a new tab, turns reading mode on from the popup and returns the tab and its reader settings. */
  async function readSample() {
    const page = await chromium.newTab(server.url(samplePage));
    const { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open' });
    return { page, popup, settings: await waitFor(() => readerSettings(page), { accept: Boolean, what: 'the reader settings' }) };
  }

  it('defaults picked on the options page (theme, font, size by keyboard) apply in the reader', async () => {
    await options.bringToFront();
    await options.click('[data-testid="opt-theme-dark"]');
    await options.click('[data-testid="opt-font-sans"]');
    // Keyboard on the slider: two steps up from 100 % is 120 %; each step is stored on its change event.
    await options.focus('[data-testid="opt-text-size"]');
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    await waitFor(() => options.$eval('[data-testid="opt-text-size-value"]', (e) => e.textContent), { accept: (t) => t === '120%', what: 'the size label to read 120%' });
    await screenshot(options, 'options-page', { fullPage: true });

    const { page, settings } = await readSample();
    assert.deepEqual(settings, { theme: 'dark', font: 'sans', textSize: 120 });
    await page.keyboard.press('Escape');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
    await page.close();
  });

  it('a size remembered for the site in the popup appears on the options page at once, and Remove forgets it', async () => {
    assert.equal(await options.$('[data-testid="sizes-empty"]').then(Boolean), true, 'no site sizes yet');
    const { page, popup } = await readSample();
    await popup.click('[data-testid="size-site-only"]');
    await popup.click('[data-testid="size-increase"]');
    const origin = new URL(page.url()).origin;
    const rows = await waitFor(() => siteRows(options), { accept: (r) => r.length === 1 && r[0].text.includes('135%'), what: 'the remembered site to be listed with 135%' });
    assert.equal(rows[0].origin, origin);

    // A tab in the background gets no frames, and a real click waits for one: bring the options page forward.
    await options.bringToFront();
    await options.click('[data-testid="site-size-remove"]');
    await waitFor(() => options.$('[data-testid="sizes-empty"]').then(Boolean), { accept: Boolean, what: 'the list to empty' });
    // The open reader follows: the site's pages are back on the global default.
    await waitFor(() => readerSettings(page), { accept: (s) => s?.textSize === 120, what: 'the reader to return to the default size' });
    await page.close();
  });

  it("shows the toggle's keyboard shortcut, and Change opens the browser's shortcut page", async () => {
    await options.bringToFront();
    const shown = await waitFor(() => options.$eval('[data-testid="opt-shortcut"]', (e) => e.textContent.trim()).catch(() => ''), { accept: Boolean, what: 'the shortcut to show' });
    // What the browser has assigned (headless profiles may leave the suggested key unassigned): shown as it is.
    /* global chrome -- evaluated in the service worker */
    const assigned = await chromium.swEval(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-reading-mode')?.shortcut ?? '');
    assert.equal(shown, assigned || 'No shortcut set');
    const opened = chromium.browser.waitForTarget((t) => t.url().startsWith('chrome://extensions/shortcuts'), { timeout: 10000 });
    await options.click('[data-testid="opt-shortcut-change"]');
    const target = await opened;
    await (await target.page())?.close();
  });

  it('Reset restores the shipped defaults for the next reader', async () => {
    await options.bringToFront();
    await options.click('[data-testid="opt-reset"]');
    await waitFor(() => options.$eval('[data-testid="opt-theme-auto"]', (e) => e.checked), { accept: Boolean, what: 'the theme to show Auto' });
    const { page, settings } = await readSample();
    assert.deepEqual(settings, { theme: 'auto', font: 'serif', textSize: 100 });
    await page.close();
  });
});

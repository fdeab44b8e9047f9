// Chromium: a reader's round trip on the sample article — real toolbar click, popup, reading mode on, text size, off, Escape.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, popupInfo, settledPopup } from './lib/chromium.mjs';
import { BASE_FONT_PX, isClosed, isOpen, norm, pageHeadline, percent, px, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const clickTestId = (popup, id) => popup.click(`[data-testid="${id}"]`);
const outerHTML = (page) => page.evaluate(() => document.documentElement.outerHTML);
const waitReader = (page, accept, what) => waitFor(() => readerInfo(page), { accept, what });
const waitPopup = (popup, accept, what) => waitFor(() => popupInfo(popup), { accept, what });

describe('Chromium: toolbar popup and reading mode on the sample article', () => {
  let server;
  let chromium;
  let page;
  let tabId;
  let htmlBefore;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url(samplePage));
    await screenshot(page, 'chromium-sample-page');
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('a real toolbar click opens the popup, ready, with the page title and site', async () => {
    const clicked = await chromium.clickToolbar(page);
    tabId = clicked.tabId;
    assert.equal(typeof tabId, 'number', 'the popup sees an active tab');
    const info = await settledPopup(clicked.popup);
    assert.equal(info.state, 'ready');
    const docTitle = norm(await page.title());
    assert.ok(info.title && info.title.length > 0, 'popup shows a page title');
    // The popup may show the document title or a cleaned-up headline: either way it is drawn from this page.
    assert.ok(
      docTitle.includes(info.title) || info.title.includes(norm(await pageHeadline(page))),
      `popup title "${info.title}" comes from the page ("${docTitle}")`,
    );
    const host = new URL(page.url()).hostname;
    assert.ok(info.site && (info.site === host || docTitle.includes(info.site)), `popup site "${info.site}" names the page's site (${host})`);
    assert.equal(info.toggleRole, 'switch');
    assert.equal(info.toggleChecked, 'false', 'reading mode starts off');
    assert.equal(await chromium.badge(tabId), '', 'no badge before reading mode');
    await screenshot(clicked.popup, 'chromium-popup-ready', { fullPage: true });
  });

  it('the popup switch turns reading mode on: reader with the article title, badge ON', async () => {
    const { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    htmlBefore = await outerHTML(page);
    assert.ok(isClosed(await readerInfo(page)), 'no reader before the toggle');
    await clickTestId(popup, 'reading-toggle');
    const info = await waitReader(page, isOpen, 'the reader to open');
    assert.equal(info.hostIsChildOfRoot, true, 'reader host is appended to <html>');
    assert.equal(info.hasOpenShadow, true);
    assert.equal(info.role, 'dialog');
    assert.ok(info.accessibleName, 'reader dialog has an accessible name (aria-label or aria-labelledby)');
    assert.equal(norm(info.title), norm(await pageHeadline(page)), 'reader shows the article headline');
    assert.ok(info.bodyTextLength > 500, 'reader body holds the article text');
    assert.ok(info.hasClose, 'reader has a close button');
    await waitPopup(popup, (i) => i.toggleChecked === 'true', 'the switch to show on');
    const badge = await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge to show' });
    assert.match(badge, /on/i);
    assert.deepEqual(await chromium.tabState(tabId), { reading: true, injected: true });
    await screenshot(page, 'chromium-reader');
    await screenshot(popup, 'chromium-popup-reading', { fullPage: true });
  });

  it('A+ twice grows the reader font to the size the popup shows; the size persists across popup opens; reset restores it', async () => {
    let { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    // The size control appears once the settings are loaded, a moment after the popup is ready.
    const start = await waitPopup(popup, (i) => i.sizeValue !== null, 'the text-size control');
    const startPct = percent(start.sizeValue);
    assert.ok(Number.isFinite(startPct), `size value "${start.sizeValue}" is a percentage`);
    const startPx = px((await readerInfo(page)).bodyFontSize);
    assert.equal(startPx, (BASE_FONT_PX * startPct) / 100, 'reader font follows the shown size');

    await clickTestId(popup, 'size-increase');
    const once = await waitPopup(popup, (i) => percent(i.sizeValue) > startPct, 'the size to go up once');
    await clickTestId(popup, 'size-increase');
    const twice = await waitPopup(popup, (i) => percent(i.sizeValue) > percent(once.sizeValue), 'the size to go up twice');
    const grown = percent(twice.sizeValue);
    const grownPx = (BASE_FONT_PX * grown) / 100;
    const info = await waitReader(page, (r) => px(r.bodyFontSize) === grownPx, `the reader body to reach ${grownPx}px`);
    assert.ok(px(info.bodyFontSize) > startPx, 'the text got bigger');

    // Persisted: storage.sync holds the new size (globally or for this site) and a new popup shows it.
    const stored = (await chromium.syncStorage()).settings;
    const origin = new URL(page.url()).origin;
    assert.ok(
      stored && (stored.textSize === grown || stored.sites?.[origin]?.textSize === grown),
      `storage.sync settings hold ${grown}: ${JSON.stringify(stored)}`,
    );
    ({ popup } = await chromium.clickToolbar(page));
    await settledPopup(popup);
    const reopened = await waitPopup(popup, (i) => i.sizeValue !== null, 'the text-size control after reopening');
    assert.equal(percent(reopened.sizeValue), grown, 'reopened popup keeps the size');
    await screenshot(page, 'chromium-reader-larger-text');

    await clickTestId(popup, 'size-reset');
    const reset = await waitPopup(popup, (i) => percent(i.sizeValue) !== grown, 'the size to reset');
    const resetPct = percent(reset.sizeValue);
    assert.equal(resetPct, 100, 'reset goes back to 100%');
    await waitReader(page, (r) => px(r.bodyFontSize) === BASE_FONT_PX, `the reader body to return to ${BASE_FONT_PX}px`);

    await clickTestId(popup, 'size-decrease');
    const smaller = await waitPopup(popup, (i) => percent(i.sizeValue) < resetPct, 'the size to go down');
    await waitReader(page, (r) => px(r.bodyFontSize) === (BASE_FONT_PX * percent(smaller.sizeValue)) / 100, 'A− to shrink the reader');
    await clickTestId(popup, 'size-reset');
    await waitPopup(popup, (i) => percent(i.sizeValue) === 100, 'the size to reset again');
  });

  it('the switch turns reading mode off: host gone, page HTML as before, badge cleared', async () => {
    const { popup } = await chromium.clickToolbar(page);
    assert.equal((await settledPopup(popup)).toggleChecked, 'true', 'popup opened on a reading tab shows the switch on');
    await clickTestId(popup, 'reading-toggle');
    await waitReader(page, isClosed, 'the reader to close');
    await waitPopup(popup, (i) => i.toggleChecked === 'false', 'the switch to show off');
    assert.equal(await outerHTML(page), htmlBefore, 'document.documentElement.outerHTML is what it was before opening');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear' });
    assert.deepEqual(await chromium.tabState(tabId), { reading: false, injected: true });
  });

  it('Escape in the reader closes it; badge and popup follow', async () => {
    let { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    await clickTestId(popup, 'reading-toggle');
    await waitReader(page, isOpen, 'the reader to open');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge to show' });
    await chromium.closePopups();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitReader(page, isClosed, 'Escape to close the reader');
    assert.equal(await outerHTML(page), htmlBefore, 'page HTML restored after Escape');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear after Escape' });
    await waitFor(() => chromium.tabState(tabId), { accept: (s) => s.reading === false, what: 'the tab state to say not reading' });
    ({ popup } = await chromium.clickToolbar(page));
    assert.equal((await settledPopup(popup)).toggleChecked, 'false', 'popup shows reading mode off after Escape');
  });

  it('the reader close button closes it too', async () => {
    const { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    await clickTestId(popup, 'reading-toggle');
    await waitReader(page, isOpen, 'the reader to open');
    await chromium.closePopups();
    const close = await page.evaluateHandle(() => document.querySelector('readlens-reader').shadowRoot.querySelector('[data-testid="reader-close"]'));
    await close.asElement().click();
    await waitReader(page, isClosed, 'the close button to close the reader');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear after close' });
    assert.equal(await outerHTML(page), htmlBefore);
  });
});

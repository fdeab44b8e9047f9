// Chromium: the keyboard shortcut on a page that does not look like an article asks first ("open anyway?")
// instead of showing whatever it finds; answering either way leaves the page exactly as it was.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

/** A product page Readability itself labels not-readerable (tests/fixtures/readability). */
const NOT_ARTICLE = '/readability/mozilla-2/';

const noticeInfo = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('readlens-notice')?.shadowRoot;
    const bar = root?.querySelector('[data-testid="not-article-notice"]');
    return { shown: Boolean(bar), text: bar?.textContent ?? '', focused: root?.activeElement?.dataset.testid ?? null };
  });
const clickNotice = (page, testid) =>
  page.evaluate((id) => document.querySelector('readlens-notice').shadowRoot.querySelector(`[data-testid="${id}"]`).click(), testid);

describe('Chromium: the shortcut on a page that is not an article', () => {
  let server;
  let chromium;
  let page;
  let htmlBefore;
  let tabId;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url(NOT_ARTICLE));
    // A real toolbar click first: it grants activeTab, as pressing the shortcut would.
    ({ tabId } = await chromium.clickToolbar(page));
    await chromium.closePopups();
    await page.bringToFront();
    htmlBefore = await page.evaluate(() => document.documentElement.outerHTML);
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('asks instead of opening; Dismiss leaves the page as it was', async () => {
    await chromium.command('toggle-reading-mode');
    const notice = await waitFor(() => noticeInfo(page), { accept: (n) => n.shown, what: 'the "open anyway?" notice' });
    assert.match(notice.text, /doesn't look like an article/);
    assert.equal(notice.focused, 'notice-open-anyway', 'the answer is one key press away');
    assert.ok(isClosed(await readerInfo(page)), 'no reader opened by itself');
    assert.equal(await chromium.badge(tabId), '', 'no badge: reading mode is not on');
    await screenshot(page, 'not-article-notice');
    await clickNotice(page, 'notice-dismiss');
    await waitFor(() => noticeInfo(page), { accept: (n) => !n.shown, what: 'the notice to go' });
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), htmlBefore);
  });

  it('"Open anyway" opens the reader; closing it restores the page', async () => {
    await chromium.command('toggle-reading-mode');
    await waitFor(() => noticeInfo(page), { accept: (n) => n.shown, what: 'the notice again' });
    await clickNotice(page, 'notice-open-anyway');
    const reader = await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader after "open anyway"' });
    assert.ok(reader.bodyTextLength > 0);
    assert.equal((await noticeInfo(page)).shown, false, 'the notice is gone');
    await chromium.command('toggle-reading-mode');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), htmlBefore);
  });
});

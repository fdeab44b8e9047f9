// Chromium: the other ways in (keyboard command, context menu), single injection, and per-tab state across reloads, navigation and tab close.
/* global chrome -- evaluated inside the service worker, where it exists */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { fixturePages, samplePage } from './lib/paths.mjs';
import { waitFor } from './lib/wait.mjs';

const waitReader = (page, accept, what) => waitFor(() => readerInfo(page), { accept, what });
/** Another article to navigate to: the English fixture pages (en-*.html) beside the sample. */
const OTHER_PAGES = fs.readdirSync(fixturePages).filter((f) => /^en-.*\.html$/.test(f)).sort();

describe('Chromium: command and menu paths, injection, per-tab state', () => {
  let server;
  let chromium;
  let page;
  let tabId;

  /** Load `url` in the test tab and click the toolbar there (grants activeTab like a user's click); returns the settled popup. */
  async function freshTabWithGrant(url) {
    await page.goto(url, { waitUntil: 'load' });
    const clicked = await chromium.clickToolbar(page);
    tabId = clicked.tabId;
    const info = await settledPopup(clicked.popup);
    assert.equal(info.state, 'ready');
    await chromium.closePopups();
    return info;
  }

  /** The first English fixture page (the suite needs one: it fails rather than skip). */
  function otherPageUrl() {
    assert.ok(OTHER_PAGES.length > 0, `no en-*.html page in ${fixturePages}`);
    return server.url('/' + OTHER_PAGES[0]);
  }

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('the keyboard command handler toggles reading mode on the active tab, and off again', async () => {
    await freshTabWithGrant(server.url(samplePage));
    await chromium.command('toggle-reading-mode');
    await waitReader(page, isOpen, 'the command to open the reader');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge after the command' });
    assert.equal((await chromium.tabState(tabId)).reading, true);
    await chromium.command('toggle-reading-mode');
    await waitReader(page, isClosed, 'the command to close the reader');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear after the command' });
    assert.equal((await chromium.tabState(tabId)).reading, false);
  });

  it('the context-menu entry ("Open in reading mode") opens the reader once; the command then closes it', async () => {
    await freshTabWithGrant(server.url(samplePage));
    await chromium.menuClick(tabId);
    await waitReader(page, isOpen, 'the menu to open the reader');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge after the menu' });
    // The entry opens; choosing it again on a reading tab must not stack a second reader nor close it.
    await chromium.menuClick(tabId);
    const again = await readerInfo(page);
    assert.equal(again.hostCount, 1, 'a second menu click leaves exactly one reader');
    assert.equal((await chromium.tabState(tabId)).reading, true);
    await chromium.command('toggle-reading-mode');
    await waitReader(page, isClosed, 'the command to close the reader opened from the menu');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear' });
  });

  it('three toolbar clicks inject the content script once (same instance)', async () => {
    await page.goto(server.url(samplePage), { waitUntil: 'load' });
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const clicked = await chromium.clickToolbar(page);
      tabId = clicked.tabId;
      assert.equal((await settledPopup(clicked.popup)).state, 'ready');
      seen.push(await chromium.ping(tabId));
    }
    for (const reply of seen) assert.equal(reply.ok, true);
    assert.equal(new Set(seen.map((r) => r.instanceId)).size, 1, `one content-script instance: ${JSON.stringify(seen)}`);
    assert.equal(seen[2].injections, 1, 'the script ran once');
    assert.equal((await chromium.tabState(tabId)).injected, true);
    await chromium.closePopups();
  });

  it('a reload resets reading mode, badge and injection', async () => {
    await freshTabWithGrant(server.url(samplePage));
    await chromium.menuClick(tabId);
    await waitReader(page, isOpen, 'the reader to open');
    const before = await chromium.ping(tabId);
    await page.reload({ waitUntil: 'load' });
    assert.ok(isClosed(await readerInfo(page)), 'no reader after reload');
    await waitFor(() => chromium.tabState(tabId), {
      accept: (s) => s.reading === false && s.injected === false,
      what: 'the tab state to reset after reload',
    });
    assert.equal(await chromium.badge(tabId), '', 'badge cleared after reload');
    // A new click injects a new instance into the new document.
    const { popup } = await chromium.clickToolbar(page);
    const info = await settledPopup(popup);
    assert.equal(info.state, 'ready');
    assert.equal(info.toggleChecked, 'false');
    const afterReload = await chromium.ping(tabId);
    assert.notEqual(afterReload.instanceId, before.instanceId, 'the reloaded page got a fresh content script');
    await chromium.closePopups();
  });

  it('navigating to another page resets reading mode and badge', async () => {
    await freshTabWithGrant(server.url(samplePage));
    await chromium.menuClick(tabId);
    await waitReader(page, isOpen, 'the reader to open');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge to show' });
    await page.goto(otherPageUrl(), { waitUntil: 'load' });
    assert.ok(isClosed(await readerInfo(page)), 'no reader on the new page');
    await waitFor(() => chromium.tabState(tabId), {
      accept: (s) => s.reading === false && s.injected === false,
      what: 'the tab state to reset after navigation',
    });
    assert.equal(await chromium.badge(tabId), '', 'badge cleared after navigation');
  });

  it('closing a tab leaves no state behind', async () => {
    const other = await chromium.newTab(server.url(samplePage));
    const { popup, tabId: otherId } = await chromium.clickToolbar(other);
    await settledPopup(popup);
    await chromium.menuClick(otherId);
    await waitReader(other, isOpen, 'the reader to open in the second tab');
    assert.deepEqual(await chromium.tabState(otherId), { reading: true, injected: true });
    await chromium.closePopups();
    await other.close();
    await waitFor(() => chromium.tabState(otherId), {
      accept: (s) => s.reading === false && s.injected === false,
      what: 'the closed tab state to be gone',
    });
    // Nothing about the closed tab is kept in session storage either (if the background mirrors tab state there).
    const session = await chromium.swEval(() => chrome.storage.session.get(null));
    assert.ok(!JSON.stringify(session).includes(`"${otherId}"`), `storage.session mentions closed tab ${otherId}: ${JSON.stringify(session)}`);
  });
});

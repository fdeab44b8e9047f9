// Chromium: pages where an extension cannot run — the popup says so in words (data-state=unsupported) instead of failing.
/* global chrome -- evaluated inside the popup, where it exists */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { fixturePages, samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { waitFor } from './lib/wait.mjs';

/**
 * Each page and the reason the popup should give (the UnsupportedReason of src/common/messages.ts; the expected sentence is
 * read from the extension's own locale as `unsupported_<reason>`, so wording changes do not break the test).
 * The extension stores cannot be loaded offline (Chromium tears the tab down when navigating to the Web Store), so that
 * case is left to the unit tests of the URL classifier. So is file:// without file access: Chromium grants file access to
 * an unpacked build loaded at launch, and revoking it (developerPrivate) reloads the extension under the test's feet.
 */
const CASES = [
  { name: 'a browser page (chrome://version)', url: () => 'chrome://version/', reason: 'browser-page' },
  { name: 'about:blank', url: () => 'about:blank', reason: 'browser-page' },
  { name: 'a data: URL', url: () => 'data:text/html,<title>Data page</title><p>Some text.</p>', reason: 'browser-page' },
  { name: 'a PDF in the viewer', url: (server) => server.url('/state/document.pdf'), reason: 'pdf-viewer' },
];

describe('Chromium: the popup on pages the extension cannot read', () => {
  let server;
  let chromium;
  let page;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: popup is unsupported and says why`, async () => {
      await page.goto(c.url(server), { waitUntil: 'load' });
      const { popup } = await chromium.clickToolbar(page);
      const info = await settledPopup(popup);
      assert.equal(info.state, 'unsupported', `popup state on ${c.name}: ${JSON.stringify(info)}`);
      assert.ok(info.message && info.message.length > 10, 'a friendly message is shown');
      assert.equal(info.toggleChecked, null, 'no reading switch where reading mode cannot run');
      const key = `unsupported_${c.reason.replace(/-/g, '_')}`;
      const expected = await popup.evaluate((k) => chrome.i18n.getMessage(k), key);
      assert.ok(expected, `the extension's locale has ${key}`);
      assert.equal(info.message, expected, `the message gives the ${c.reason} reason`);
      await screenshot(popup, `chromium-popup-unsupported-${c.reason}-${CASES.indexOf(c)}`, { fullPage: true });
    });
  }

  it('a file:// page, with the file access Chromium gives unpacked builds: popup ready and reading mode works', async () => {
    // A fresh tab: the previous case left this one in the PDF viewer, which can be slow to navigate away from.
    page = await chromium.newTab(pathToFileURL(path.join(fixturePages, samplePage)).href);
    assert.equal(await chromium.swEval(() => chrome.extension.isAllowedFileSchemeAccess()), true, 'precondition: file access granted');
    const { popup, tabId } = await chromium.clickToolbar(page);
    assert.equal((await settledPopup(popup)).state, 'ready');
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open on the file:// page' });
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close on the file:// page' });
    assert.equal((await chromium.tabState(tabId)).reading, false);
  });

  it('a served page that is not an article still gets a ready popup (the switch is offered)', async () => {
    page = await chromium.newTab(server.url('/state/plain.txt'));
    const { popup } = await chromium.clickToolbar(page);
    const info = await settledPopup(popup);
    assert.equal(info.state, 'ready');
    assert.equal(info.site, new URL(page.url()).hostname);
  });
});

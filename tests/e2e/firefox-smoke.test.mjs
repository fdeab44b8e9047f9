// Firefox ESR smoke: the Firefox build installs, the toolbar action opens the real popup, and its switch opens and closes the reader.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { isClosed, isOpen, norm, pageHeadline, readerInfo } from './lib/reader.mjs';
import { geckoId, samplePage } from './lib/paths.mjs';
import { expectedDigest } from './lib/golden.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const outerHTML = (page) => page.evaluate(() => document.documentElement.outerHTML);

describe('Firefox ESR: install, toolbar popup, reading mode on and off', () => {
  let server;
  let firefox;
  let page;

  before(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await page.goto(server.url(samplePage), { waitUntil: 'load' });
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('the add-on is installed and running', async () => {
    const info = await firefox.addonInfo();
    assert.ok(info, `${geckoId} is installed`);
    assert.equal(info.id, geckoId);
    assert.equal(info.active, true);
  });

  it('the toolbar action opens the popup, ready, for the news tab', async () => {
    const popup = await firefox.clickToolbar(page);
    const info = await popup.settled();
    assert.equal(info.state, 'ready', JSON.stringify(info));
    assert.ok(info.title && norm(await page.title()).includes(info.title), `popup title "${info.title}" comes from the page`);
    assert.equal(info.toggleChecked, 'false');
  });

  it("the popup's digest attributes the sample's quotations (French word lists fetched by the event page)", async () => {
    const popup = await firefox.clickToolbar(page);
    await popup.settled();
    const speakers = await waitFor(
      () => popup.run((win) => [...win.document.querySelectorAll('[data-testid="speaker-name"]')].map((e) => e.textContent.trim())),
      { accept: (names) => names.length > 0, what: 'the quotations to show under their speakers in Firefox' },
    );
    assert.deepEqual([...speakers].sort(), Object.keys(expectedDigest().speakers).sort());
  });

  it('the popup switch opens the reader with the headline, and closes it leaving the page as it was', async () => {
    const popup = await firefox.clickToolbar(page);
    await popup.settled();
    const htmlBefore = await outerHTML(page);
    await popup.click('reading-toggle');
    const open = await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open in Firefox' });
    assert.equal(open.hasOpenShadow, true);
    assert.equal(norm(open.title), norm(await pageHeadline(page)));
    assert.ok(open.bodyTextLength > 500, 'reader body holds the article text');
    await waitFor(() => popup.info(), { accept: (i) => i.toggleChecked === 'true', what: 'the switch to show on' });
    assert.match(await waitFor(() => firefox.badge(), { accept: (b) => b !== '', what: 'the badge to show' }), /on/i);
    await screenshot(page, 'firefox-reader');

    await popup.click('reading-toggle');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close in Firefox' });
    assert.equal(await outerHTML(page), htmlBefore, 'page HTML restored');
    await waitFor(() => firefox.badge(), { accept: (b) => b === '', what: 'the badge to clear' });
  });
});

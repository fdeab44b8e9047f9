// Chromium: a full reading session (popup, digest, reader, text size, themes, options page) sends nothing over the
// network from the extension — recorded browser-wide over CDP on every target, with a positive control per context.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHardServer } from './lib/hard-server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { contentWorldEval, probeReaderText, worldEval } from './lib/hard-pages.mjs';
import { isNetworkUrl, recordNetwork } from './lib/hard-network.mjs';
import { samplePage } from './lib/paths.mjs';
import { waitFor } from './lib/wait.mjs';

const readerNow = (page) => worldEval(page, probeReaderText);
/** Marks the control requests so they are told apart from the session's. */
const CONTROL = 'readlens-e2e-control';

describe('Chromium: privacy — no request from the extension during a full session', () => {
  let server;
  let chromium;
  let recorder;
  let page;
  let popup;
  let allowed;
  let serverBefore;
  let session = [];

  before(async () => {
    server = await startHardServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url(samplePage));
    // What the page itself loaded: the reader may show the page's own images again, nothing else.
    allowed = new Set(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]));
    serverBefore = server.requests.length;
    recorder = await recordNetwork(chromium.browser);
  });

  after(async () => {
    await recorder?.stop();
    await chromium?.close();
    await server?.close();
  });

  it('runs the whole session: popup + digest, reader on, size, themes, fonts, quotations, options page, reader off', async () => {
    ({ popup } = await chromium.clickToolbar(page));
    assert.equal((await settledPopup(popup)).state, 'ready');
    await popup.waitForSelector('[data-testid="digest"][data-state="ready"]', { timeout: 15000 });
    // The popup's More panel: a theme.
    await popup.click('[data-testid="more-toggle"]');
    await popup.waitForSelector('[data-testid="more-panel"]');
    await popup.click('[data-testid="more-theme"] input[value="sepia"]');
    // Reading mode on, text size up twice and back.
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerNow(page), { accept: (r) => r.reader, what: 'the reader to open' });
    await popup.waitForSelector('[data-testid="size-value"]');
    for (const id of ['size-increase', 'size-increase', 'size-reset']) await popup.click(`[data-testid="${id}"]`);
    // A quotation in the popup reveals it in the reader (bg/reveal → content/reveal).
    const quote = await popup.$('[data-testid="quote"] button, [data-testid="quote"]');
    if (quote) await quote.click();
    // The reader's own controls: settings panel, theme, font, quotation highlighting.
    await page.bringToFront();
    const clickInReader = (id) =>
      worldEval(page, (testid) => document.querySelector('readlens-reader').shadowRoot.querySelector(`[data-testid="${testid}"]`).click(), id);
    for (const id of ['reader-settings', 'reader-theme-dark', 'reader-font-sans', 'reader-quotes-off', 'reader-quotes-on', 'reader-larger', 'reader-smaller']) {
      await clickInReader(id);
    }
    // The options page: reading defaults.
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.ext.id}/src/options/index.html`, { waitUntil: 'load' });
    await options.waitForSelector('[data-testid="opt-highlight"]', { timeout: 10000 });
    await options.click('[data-testid="opt-highlight"]');
    await options.click('[data-testid="opt-highlight"]');
    await options.close();
    // Reading mode off from a fresh popup.
    ({ popup } = await chromium.clickToolbar(page));
    assert.equal((await settledPopup(popup)).toggleChecked, 'true');
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerNow(page), { accept: (r) => r.hostCount === 0, what: 'the reader to close' });
    session = recorder.requests.slice();
  });

  /** Where a recorded request would count against the extension: 'extension' context, 'page-new' (not the page's own), or null. */
  function blame(r) {
    const extPrefix = `chrome-extension://${chromium.ext.id}/`;
    if (!isNetworkUrl(r.url)) return null;
    if (r.targetUrl.startsWith(extPrefix) || r.documentUrl.startsWith(extPrefix) || r.initiatorUrls.some((u) => u.startsWith(extPrefix))) return 'extension';
    return allowed.has(r.url) ? null : 'page-new';
  }

  it('sees no network request from any extension context, nor any new one from the page', () => {
    const extPrefix = `chrome-extension://${chromium.ext.id}/`;
    const blamed = session.filter((r) => blame(r) !== null);
    const atServer = server.requests.slice(serverBefore).filter((r) => !allowed.has(server.url(r.path)) && !r.path.includes(CONTROL));
    const contexts = [...new Set(recorder.targets.map((t) => t.type))].join(', ');
    const inExtension = session.filter((r) => r.targetUrl.startsWith(extPrefix) || r.documentUrl.startsWith(extPrefix)).length;
    console.log(
      `privacy: ${session.length} requests observed during the session (${session.filter((r) => isNetworkUrl(r.url)).length} over the network, ` +
        `${inExtension} in extension contexts, all chrome-extension:// resources) across ${recorder.targets.length} targets (${contexts}; the rest are the browser UI's own chrome:// files); ` +
        `blamed on the extension or new from the page: ${blamed.length}; new at the server: ${atServer.length}`,
    );
    assert.deepEqual(blamed, [], 'no network request from the popup, options page, service worker or content script');
    assert.deepEqual(atServer, [], 'the server saw nothing new');
    assert.ok(inExtension > 0, 'the recorder saw the extension contexts load their own files');
  });

  it('control: the recorder does see a request made from the popup, the service worker and the content script', async () => {
    const tag = (where) => server.url(`/hard/hard.css?${CONTROL}=${where}`);
    const start = recorder.requests.length;
    await popup.evaluate((u) => fetch(u).then((r) => r.status), tag('popup'));
    await chromium.swEval((u) => fetch(u).then((r) => r.status), tag('worker'));
    await contentWorldEval(page, chromium.ext.id, (u) => fetch(u).then((r) => r.status), tag('content'));
    const control = recorder.requests.slice(start);
    const seen = control.map((r) => `${r.targetType}:${r.url.split(`${CONTROL}=`)[1] ?? ''}`);
    // The popup is an extension view (CDP type "other"); the content script's fetch leaves from the tab ("page").
    for (const want of ['other:popup', 'service_worker:worker', 'page:content']) assert.ok(seen.includes(want), `control request ${want} recorded (saw ${seen.join(', ')})`);
    // …and the same rule that judged the session blames each of them.
    assert.ok(control.every((r) => blame(r) !== null), `every control request is caught: ${JSON.stringify(control.map((r) => [r.targetType, blame(r)]))}`);
  });
});

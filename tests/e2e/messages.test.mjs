// Chromium: malformed messages sent to every context (popup → background, popup → content script, service worker →
// content script, content-script world → background, and the page itself) get no answer, crash nothing, change nothing.
/* global chrome -- evaluated inside the extension (popup, service worker), where it exists */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHardServer } from './lib/hard-server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { collectErrors, contentWorldEval, openFromPopup, probeReaderText, worldEval } from './lib/hard-pages.mjs';
import { OUT_OF_RANGE_TAB_IDS, malformedMessages, materialize, validMessages } from './lib/hard-messages.mjs';
import { samplePage } from './lib/paths.mjs';
import { waitFor } from './lib/wait.mjs';

/**
 * An expression that sends every spec with `send` (source of `(message) => Promise`) in the context it is evaluated in,
 * and reports for each whether an answer came back: { answered: [...], errors: {text: count}, sent }.
 */
function sendAllExpression(sendSource, specs) {
  return `(async () => {
    const materialize = ${materialize.toString()};
    const send = ${sendSource};
    const specs = ${JSON.stringify(specs)};
    const answered = [];
    const errors = {};
    for (let i = 0; i < specs.length; i++) {
      try {
        const value = await send(materialize(specs[i]));
        if (value !== undefined) answered.push({ i, spec: JSON.stringify(specs[i]).slice(0, 160), value: JSON.stringify(value).slice(0, 160) });
      } catch (e) {
        const text = String(e && e.message ? e.message : e).slice(0, 120);
        errors[text] = (errors[text] || 0) + 1;
      }
    }
    return { answered, errors, sent: specs.length };
  })()`;
}

describe('Chromium: malformed messages to every context', () => {
  let server;
  let chromium;
  let page;
  let tabId;
  let popup;
  let pageErrors;
  const workerErrors = [];
  let workerClient;
  let baseline;
  const totals = [];

  /** Everything a message could change: the reader (host and its whole shadow DOM), the page, badge, state, storage. */
  async function snapshot() {
    const [dom, ping, badge, tabState, sync, sessionStore] = await Promise.all([
      worldEval(page, () => ({
        html: document.documentElement.outerHTML,
        shadow: document.querySelector('readlens-reader')?.shadowRoot?.innerHTML ?? null,
        scroll: window.scrollY,
      })),
      chromium.ping(tabId),
      chromium.badge(tabId),
      chromium.tabState(tabId),
      chromium.syncStorage(),
      chromium.swEval(() => chrome.storage.session.get(null)),
    ]);
    return { dom, ping, badge, tabState, sync, sessionStore };
  }

  function report(where, result) {
    totals.push({ where, sent: result.sent, answered: result.answered.length });
    console.log(`messages: ${where}: ${result.sent} sent, ${result.answered.length} answered; failures seen by the sender: ${JSON.stringify(result.errors)}`);
  }

  before(async () => {
    server = await startHardServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url(samplePage));
    pageErrors = collectErrors(page);
    ({ tabId } = await openFromPopup(chromium, page, () => worldEval(page, probeReaderText)));
    // Wait for the digest's quotation highlights, so the reader's DOM is final before the baseline.
    await waitFor(() => worldEval(page, () => document.querySelector('readlens-reader').shadowRoot.querySelectorAll('q.rl-quote').length), {
      accept: (n) => n > 0,
      timeout: 15000,
      what: 'the quotations to be highlighted',
    });
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge' });
    const swTarget = await chromium.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${chromium.ext.id}/`));
    workerClient = await swTarget.createCDPSession();
    workerClient.on('Runtime.exceptionThrown', (e) => workerErrors.push(e.exceptionDetails?.exception?.description ?? e.exceptionDetails?.text));
    workerClient.on('Runtime.consoleAPICalled', (e) => {
      if (e.type === 'error') workerErrors.push(e.args.map((a) => a.value ?? a.description).join(' '));
    });
    await workerClient.send('Runtime.enable');
    ({ popup } = await chromium.clickToolbar(page));
    await settledPopup(popup);
    popup.on('pageerror', (e) => workerErrors.push(`popup: ${e.message}`));
    baseline = await snapshot();
    assert.equal(baseline.ping.readerOpen, true);
    assert.match(baseline.badge, /on/i);
  });

  after(async () => {
    console.log(`messages: total ${totals.reduce((n, t) => n + t.sent, 0)} malformed messages sent, ${totals.reduce((n, t) => n + t.answered, 0)} answered`);
    await workerClient?.detach().catch(() => {});
    await chromium?.close();
    await server?.close();
  });

  it('controls: each sending path does reach its receiver with a valid message', async () => {
    const fromPopup = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'bg/prepare', tabId: id }), tabId);
    assert.equal(fromPopup.state, 'ready', 'popup → background answers a valid bg/prepare');
    const popupToContent = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/ping' }, { frameId: 0 }), tabId);
    assert.equal(popupToContent.ok, true, 'popup → content answers a valid ping');
    const workerToContent = await chromium.swEval((id) => chrome.tabs.sendMessage(id, { type: 'content/ping' }, { frameId: 0 }), tabId);
    assert.equal(workerToContent.instanceId, baseline.ping.instanceId, 'worker → content answers a valid ping');
    const contentToWorker = await contentWorldEval(page, chromium.ext.id, () => chrome.runtime.sendMessage({ type: 'bg/analyze', input: { paragraphs: ['“We will rebuild the bridge,” the mayor said on Monday.'] } }));
    assert.ok(contentToWorker && typeof contentToWorker === 'object', 'content → background answers a valid bg/analyze');
    const offscreen = await chromium.swEval(async () => (chrome.runtime.getContexts ? (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length : -1));
    console.log(`messages: offscreen documents alive during the test: ${offscreen}`);
    if (offscreen > 0) {
      const [valid] = validMessages(tabId).toOffscreen;
      const fromOffscreen = await popup.evaluate((m) => chrome.runtime.sendMessage(m), valid);
      assert.ok(fromOffscreen && typeof fromOffscreen === 'object', 'popup → offscreen document answers a valid offscreen/extract');
    }
  });

  it('popup → background: malformed and wrong-context messages get no answer', async () => {
    const { toBackground, toContent, toOffscreen } = validMessages(tabId);
    // Content-script events (bg/readerState, bg/analyze, bg/extract) are valid shapes from the wrong context here;
    // content/* go the wrong way; malformed offscreen requests reach the offscreen document (an extension page hears them).
    const specs = [
      ...malformedMessages(toBackground.filter((m) => 'tabId' in m)),
      ...toBackground.filter((m) => !('tabId' in m)),
      ...toContent,
      ...malformedMessages(toOffscreen, { fuzz: 10, seed: 11 }),
    ];
    const result = await popup.evaluate(sendAllExpression('(m) => chrome.runtime.sendMessage(m)', specs));
    report('popup → background', result);
    assert.deepEqual(result.answered, []);
  });

  // Tab ids are 32-bit: the guard refuses 2^31, 2^53+2 or 1e300 before any tabs/storage/action call.
  it('popup → background: tab ids no tab can have get no answer', async () => {
    const specs = validMessages(0).toBackground.filter((m) => 'tabId' in m).flatMap((m) => OUT_OF_RANGE_TAB_IDS.map((id) => ({ ...m, tabId: id })));
    const result = await popup.evaluate(sendAllExpression('(m) => chrome.runtime.sendMessage(m)', specs));
    report('popup → background (out-of-range tab ids)', result);
    assert.deepEqual(result.answered, []);
  });

  it('popup → content script: malformed messages get no answer', async () => {
    const { toContent, toBackground } = validMessages(tabId);
    const specs = [...malformedMessages(toContent), ...toBackground];
    const result = await popup.evaluate(sendAllExpression(`(m) => chrome.tabs.sendMessage(${tabId}, m, { frameId: 0 })`, specs));
    report('popup → content', result);
    assert.deepEqual(result.answered, []);
  });

  it('service worker → content script: malformed messages get no answer', async () => {
    const { toContent, toBackground } = validMessages(tabId);
    const specs = [...malformedMessages(toContent, { seed: 7 }), ...toBackground];
    const result = await chromium.swEval(sendAllExpression(`(m) => chrome.tabs.sendMessage(${tabId}, m, { frameId: 0 })`, specs));
    report('worker → content', result);
    assert.deepEqual(result.answered, []);
  });

  it('content-script world → background / offscreen: junk bg/analyze, bg/extract, popup-only and offscreen requests get no answer', async () => {
    const { toBackground } = validMessages(tabId);
    const contentEvents = toBackground.filter((m) => !('tabId' in m));
    // Popup requests are valid shapes from the wrong context here (a content script must not drive other tabs or itself).
    const popupRequests = toBackground.filter((m) => 'tabId' in m);
    // The offscreen document's request is a valid shape too, and only extension pages may send it.
    const { toOffscreen } = validMessages(tabId);
    const specs = [...malformedMessages(contentEvents, { seed: 99 }), ...popupRequests, { type: 'bg/setReading', tabId, on: false }, ...toOffscreen];
    const result = await contentWorldEval(page, chromium.ext.id, sendAllExpression('(m) => chrome.runtime.sendMessage(m)', specs));
    report('content → background', result);
    assert.deepEqual(result.answered, []);
  });

  it('the page cannot message the extension (no externally_connectable) and its postMessage junk is ignored', async () => {
    const surface = await page.evaluate(() => ({ runtime: typeof window.chrome?.runtime, browser: typeof window.browser }));
    assert.deepEqual(surface, { runtime: 'undefined', browser: 'undefined' }, 'no chrome.runtime / browser in the page world');
    const specs = malformedMessages(Object.values(validMessages(tabId)).flat(), { fuzz: 20, seed: 3 });
    await page.evaluate(
      sendAllExpression('async (m) => { window.postMessage(m, "*"); document.dispatchEvent(new CustomEvent("readlens", { detail: m })); return undefined; }', specs),
    );
    totals.push({ where: 'page', sent: specs.length, answered: 0 });
    console.log(`messages: page → (postMessage, CustomEvent): ${specs.length} sent; chrome.runtime in the page: ${surface.runtime}`);
  });

  it('nothing changed and nothing crashed: reader, page, badge, state, storage, same content-script instance', async () => {
    const now = await snapshot();
    assert.equal(now.dom.html, baseline.dom.html, 'page HTML unchanged');
    assert.equal(now.dom.shadow, baseline.dom.shadow, "the reader's DOM unchanged");
    assert.equal(now.dom.scroll, baseline.dom.scroll);
    assert.deepEqual(now.ping, baseline.ping, 'same content-script instance, reader still open');
    assert.equal(now.badge, baseline.badge);
    assert.deepEqual(now.tabState, baseline.tabState);
    assert.deepEqual(now.sync, baseline.sync, 'storage.sync unchanged');
    assert.deepEqual(now.sessionStore, baseline.sessionStore, 'storage.session unchanged');
    assert.deepEqual(workerErrors, [], 'no uncaught error or console error in the service worker or popup');
    const prefix = `chrome-extension://${chromium.ext.id}/`;
    assert.deepEqual(pageErrors.seen.filter((e) => e.kind === 'pageerror' || (e.url ?? '').startsWith(prefix)), [], 'no error in the page from the extension');
    // Still alive: the popup still gets answers, the reader still closes on a real request.
    assert.equal((await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'bg/prepare', tabId: id }), tabId)).state, 'ready');
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => worldEval(page, probeReaderText), { accept: (r) => r.hostCount === 0, what: 'the reader to close on a real request' });
  });
});

// Launches Firefox ESR with the Firefox build as a temporary add-on, clicks its toolbar action from the chrome scope
// (over Marionette) and drives the real popup panel; pages are driven by puppeteer over WebDriver BiDi.
import crypto from 'node:crypto';
import { distFirefox, geckoId } from './paths.mjs';
import { popupPath } from './chromium.mjs';
import { startFirefox } from './firefox-process.mjs';
import { popupSettled, probePopup } from './popup-probes.mjs';
import { waitFor } from './wait.mjs';

/**
 * Chrome-scope helpers, evaluated in the browser window (browser.xhtml) through Marionette's `WebDriver:ExecuteScript`.
 * `__ID__` is replaced with the add-on id. They find our action through the same object the toolbar button uses
 * (ext-browserAction's browserActionFor), so `triggerAction` is the button's own click path and grants activeTab.
 */
const CHROME_PRELUDE = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const rlExtension = () => WebExtensionPolicy.getByID(__ID__).extension;
  const rlAction = () => ExtensionParent.apiManager.global.browserActionFor(rlExtension());
  const rlPopupBrowser = () => [...document.querySelectorAll('browser')].find((b) => (b.currentURI?.spec ?? '').startsWith(__POPUP__));
`;

/**
 * Runs in the popup's content process as a frame script: calls `fn(popupWindow, arg)` and posts the JSON result
 * (or the error) back on the reply channel. Its source and `fn`'s are written into the frame script's text.
 */
const FRAME_RUNNER = (channel, fn, arg) => {
  /* global content, sendAsyncMessage -- frame-script globals */
  Promise.resolve()
    .then(() => fn(content, arg))
    .then(
      (value) => sendAsyncMessage(channel, { ok: true, value: JSON.stringify(value ?? null) }),
      (error) => sendAsyncMessage(channel, { ok: false, error: String(error && error.message ? error.message : error) }),
    );
};

/** How the suite reaches Firefox, printed with the version so a run's log says what ran. */
const ROUTE = 'chrome scope and add-on install over Marionette, pages over WebDriver BiDi';

/** Launch Firefox ESR headless, install `extDir` as a temporary add-on with a pinned internal UUID. */
export async function launchFirefox({ extDir = distFirefox } = {}) {
  const uuid = crypto.randomUUID();
  const firefox = await startFirefox({
    prefs: {
      // Pin the add-on's moz-extension:// origin so the popup can be recognised by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Offline by design: no update checks or telemetry pings from the test profile.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // As puppeteer's own Firefox profile: all web content in one process, so input events reach the page.
      'fission.webContentIsolationStrategy': 0,
    },
  });
  console.log(`Firefox ${firefox.version}: ${ROUTE}`);
  try {
    const { value: installed } = await firefox.marionette.send('Addon:Install', { path: extDir, temporary: true });
    if (installed !== geckoId) throw new Error(`installed add-on id ${installed}, expected ${geckoId}`);
    return new FirefoxSession(firefox, uuid, popupPath(extDir));
  } catch (err) {
    await firefox.close();
    throw err;
  }
}

class FirefoxSession {
  constructor(firefox, uuid, popupFile) {
    this.firefox = firefox;
    this.browser = firefox.browser;
    this.version = firefox.version;
    this.uuid = uuid;
    this.popupUrl = `moz-extension://${uuid}/${popupFile}`;
  }

  /** Evaluate an async function body in the chrome scope (with CHROME_PRELUDE in scope); it must return JSON-able data. */
  async chromeEval(body) {
    const prelude = CHROME_PRELUDE.replaceAll('__ID__', JSON.stringify(geckoId)).replaceAll('__POPUP__', JSON.stringify(this.popupUrl));
    const expression = `(async () => { ${prelude}\n const rlResult = await (async () => { ${body} })(); return JSON.stringify(rlResult ?? null); })()`;
    const reply = await this.firefox.marionette.send('WebDriver:ExecuteScript', { script: `return ${expression};`, args: [] });
    return JSON.parse(reply.value);
  }

  /** Whether our add-on is installed and running. */
  addonInfo() {
    return this.chromeEval(`const p = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}); return p ? { id: p.id, active: p.active, baseURL: p.baseURL } : null;`);
  }

  /** Whether the popup panel is showing our popup page. */
  async popupOpen() {
    return this.chromeEval(`const b = rlPopupBrowser(); return Boolean(b && b.closest('panel')?.state !== 'closed');`);
  }

  /** Close the popup panel, as clicking elsewhere would. */
  async closePopup() {
    await this.chromeEval(`const b = rlPopupBrowser(); b?.closest('panel')?.hidePopup(); return true;`);
    await waitFor(() => this.chromeEval(`return !rlPopupBrowser();`), { timeout: 5000, what: 'the popup panel to close' });
  }

  /**
   * Click the toolbar action on `page`'s tab (selected first) and wait for the real popup panel to load our popup page.
   * Returns a handle to drive it.
   */
  async clickToolbar(page) {
    if (await this.chromeEval(`return Boolean(rlPopupBrowser());`)) await this.closePopup();
    await page.bringToFront();
    await this.chromeEval(`await rlAction().triggerAction(window); return true;`);
    await waitFor(() => this.chromeEval(`return Boolean(rlPopupBrowser());`), { timeout: 20000, what: 'the popup panel to open' });
    const popup = new FirefoxPopup(this);
    await waitFor(() => popup.run((win) => win.document.readyState), { accept: (s) => s === 'complete', timeout: 20000, what: 'the popup page to load' });
    return popup;
  }

  /** Badge text our action shows on the selected tab. */
  badge() {
    return this.chromeEval(`return rlAction().action.getProperty(gBrowser.selectedTab, 'badgeText') ?? '';`);
  }

  close() {
    return this.firefox.close();
  }
}

/** The popup panel's page, driven through a frame script in its (extension) content process. */
class FirefoxPopup {
  constructor(session) {
    this.session = session;
  }

  /** Run `fn(popupWindow, arg)` inside the popup page; returns its JSON-able result. */
  async run(fn, arg = null) {
    const channel = `readlens-e2e:${crypto.randomUUID()}`;
    const source = `(${FRAME_RUNNER.toString()})(${JSON.stringify(channel)}, ${fn.toString()}, ${JSON.stringify(arg)});`;
    const script = `data:,${encodeURIComponent(source)}`;
    const reply = await this.session.chromeEval(`
      const b = rlPopupBrowser();
      if (!b) throw new Error('no popup open');
      const mm = b.messageManager;
      return await new Promise((resolve) => {
        // A frame script loaded while the popup document is being swapped never answers: give up after a while
        // so the caller's waitFor polls again instead of hanging until the protocol timeout.
        const timer = setTimeout(() => { mm.removeMessageListener(${JSON.stringify(channel)}, onReply); resolve({ ok: false, error: 'no answer from the popup yet' }); }, 3000);
        const onReply = (m) => { clearTimeout(timer); mm.removeMessageListener(${JSON.stringify(channel)}, onReply); resolve(m.data); };
        mm.addMessageListener(${JSON.stringify(channel)}, onReply);
        mm.loadFrameScript(${JSON.stringify(script)}, false);
      });`);
    if (!reply.ok) throw new Error(`in the popup: ${reply.error}`);
    return JSON.parse(reply.value);
  }

  /** The popup's visible state: the same probe as the Chromium suite's popupInfo. */
  info() {
    return this.run(probePopup);
  }

  /** Wait until the popup leaves `loading`. */
  settled(timeout = 20000) {
    return waitFor(() => this.info(), { accept: popupSettled, timeout, what: 'the Firefox popup to settle' });
  }

  /** Click the element with this data-testid (a DOM click in the popup page). */
  async click(testId) {
    const found = await this.run((win, id) => {
      const el = win.document.querySelector(`[data-testid="${id}"]`);
      if (!el) return false;
      el.click();
      return true;
    }, testId);
    if (!found) throw new Error(`no [data-testid=${testId}] in the popup`);
  }
}

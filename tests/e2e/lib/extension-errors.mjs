// Collects errors raised by the extension's own contexts — service worker, popup, offscreen document, content script —
// over CDP, so a sweep can tell the extension's faults from the page's own script errors; and any request those
// extension pages make outside the extension.

/** One CDP message's text: a thrown exception's description, or a console call's arguments. */
const exceptionText = (d) => d.exception?.description ?? d.exception?.value ?? d.text ?? 'exception';
const argText = (a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type));
const firstUrl = (stack) => stack?.callFrames?.find((f) => f.url)?.url ?? null;
/** The top frames of a CDP stack trace, "function file:line:column", to find the code at fault. */
const frames = (stack) =>
  (stack?.callFrames ?? []).slice(0, 4).map((f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`);

/** Console levels the sweep keeps: errors are anomalies, warnings are kept for reading. */
const LEVELS = { error: 'error', assert: 'error', warning: 'warning' };

export class ExtensionErrors {
  /** `session` is a launchChromium() session: its browser and extension id. */
  constructor(session) {
    this.browser = session.browser;
    this.prefix = `chrome-extension://${session.ext.id}/`;
    this.entries = [];
    this.watched = new WeakSet();
  }

  /** Watch every extension target now open and each one created later (a restarted service worker, each popup). */
  start() {
    // A popup's target may be created before its URL is set: look again when it changes.
    this.browser.on('targetcreated', (t) => void this.watchTarget(t));
    this.browser.on('targetchanged', (t) => void this.watchTarget(t));
    for (const t of this.browser.targets()) void this.watchTarget(t);
  }

  /** Hand over what was collected since the last call (the sweep calls it once per page). */
  take() {
    const out = this.entries;
    this.entries = [];
    return out;
  }

  add(context, level, text, url, stack = null) {
    this.entries.push({ context, level, text: String(text).slice(0, 500), url, stack: frames(stack) });
  }

  contextOf(target) {
    if (target.type() === 'service_worker') return 'service-worker';
    const url = target.url();
    return url.includes('/popup/') ? 'popup' : url.includes('/offscreen/') ? 'offscreen' : `extension-${target.type()}`;
  }

  async watchTarget(target) {
    if (!target.url().startsWith(this.prefix) || this.watched.has(target)) return;
    this.watched.add(target);
    const context = this.contextOf(target);
    try {
      const cdp = await target.createCDPSession();
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => this.add(context, 'error', exceptionText(d), d.url || firstUrl(d.stackTrace), d.stackTrace));
      cdp.on('Runtime.consoleAPICalled', (e) => {
        const level = LEVELS[e.type];
        if (level) this.add(context, level, e.args.map(argText).join(' '), firstUrl(e.stackTrace), e.stackTrace);
      });
      cdp.on('Log.entryAdded', ({ entry }) => {
        if (entry.level === 'error') this.add(context, 'error', entry.text, entry.url ?? null, entry.stackTrace);
      });
      // Only watched, never intercepted: a request an extension context makes for a page resource is a privacy leak.
      cdp.on('Network.requestWillBeSent', ({ request }) => {
        if (!/^(chrome-extension|data|blob):/.test(request.url)) this.add(context, 'request', `${request.method} ${request.url}`, request.url);
      });
      await Promise.all([cdp.send('Runtime.enable'), cdp.send('Log.enable'), cdp.send('Network.enable')]);
    } catch {
      // The target went away before we could attach (a popup closed at once): nothing to collect from it.
    }
  }

  /**
   * Watch a page tab for the content script's errors: those raised in the extension's isolated world, or whose
   * stack starts in the extension's files. The page's own script errors are only counted.
   */
  async watchPage(page, counts) {
    const cdp = await page.createCDPSession();
    const extensionWorlds = new Set();
    const ours = (contextId, stack, url) => extensionWorlds.has(contextId) || [url, firstUrl(stack)].some((u) => u?.startsWith(this.prefix));
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      // The content script's isolated world carries the extension's origin (puppeteer's own utility world does not).
      if (context.origin?.startsWith(this.prefix.slice(0, -1))) extensionWorlds.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      if (ours(d.executionContextId, d.stackTrace, d.url)) this.add('content-script', 'error', exceptionText(d), d.url || firstUrl(d.stackTrace), d.stackTrace);
      else counts.pageErrors += 1;
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      const level = LEVELS[e.type];
      if (level && ours(e.executionContextId, e.stackTrace, null)) this.add('content-script', level, e.args.map(argText).join(' '), firstUrl(e.stackTrace), e.stackTrace);
    });
    await cdp.send('Runtime.enable');
    return cdp;
  }
}

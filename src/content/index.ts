// Content script entry: injected on a user gesture, answers the background, opens and closes the reader.
import browser, { type Runtime } from 'webextension-polyfill';
import { isToContent, senderContext, type ContentEvent, type DigestReply, type PingReply, type ReaderReply, type RevealTarget, type ToContent } from '../common/messages';
import { browserSettings } from '../common/browser-settings';
import { DEFAULT_TEXT_SIZE, stepTextSize, type EffectiveSettings } from '../common/settings';
import { articleMeta } from '../core/read';
import { digestPage, pageInfo, preparePage } from './page-analysis';
import { LISTEN_KEY, type ListenCommand, type ListenEntry } from './listen/context';
import { askFirst } from './reader/ask-first';
import { loadReaderFont } from './reader/reader-font';
import { openReader, type ReaderSession } from './reader/session';
import { readerText } from './reader-text';

/** Marks this document's isolated world as served, so a second injection only counts itself and leaves. */
const INSTANCE_KEY = Symbol.for('readlens.content');
/** Set by auto-open-flag.js when an "always open this site" registration injected us. */
const AUTO_OPEN_KEY = Symbol.for('readlens.autoOpen');

/** Runs `task` when the page is idle; returns its canceller. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

interface Instance {
  id: string;
  injections: number;
}

function start(instance: Instance): void {
  const settings = browserSettings();
  let reader: ReaderSession | null = null;
  let readerUrl = '';
  let current: EffectiveSettings | null = null;
  let stopWatching: (() => void) | null = null;
  let stopFollowing: (() => void) | null = null;
  let cancelListenLoad: (() => void) | null = null;

  const notify = (open: boolean): void => {
    const event: ContentEvent = { type: 'bg/readerState', open };
    browser.runtime.sendMessage(event).catch(() => undefined);
  };

  function apply(s: EffectiveSettings): void {
    current = s;
    reader?.applySettings(s);
    // The legible font is fetched the first time a reader uses it; until it arrives the fallbacks in reader.css show.
    if (reader && s.font === 'legible') void loadReaderFont(document);
  }

  /** `ask`: on a page that does not look like an article, offer to open anyway instead of opening. */
  async function open(ask = false): Promise<ReaderReply> {
    if (reader) return { open: true };
    const url = location.href;
    const [prepared, initial] = await Promise.all([preparePage(document, url), settings.load(url)]);
    // Another gesture may have opened it while the page was being read.
    if (reader) return { open: true };
    // An SPA moved to another URL meanwhile: what was read is the page it left.
    if (location.href !== url) return { open: false };
    if (!prepared) return { open: false, reason: 'no-article' };
    if (ask && !prepared.detection.isArticle) {
      askFirst(document, readerText(), () => void open().then((r) => r.open && notify(true)));
      return { open: false, reason: 'not-article' };
    }
    let session: ReaderSession;
    try {
      session = openReader(document, prepared.article, readerText(), {
        close: () => {
          close();
          notify(false);
        },
        stepSize: (direction) => void settings.setTextSize(url, stepTextSize(current?.textSize ?? DEFAULT_TEXT_SIZE, direction)),
        resetSize: () => void settings.setTextSize(url, DEFAULT_TEXT_SIZE),
        update: (patch) => void settings.update(patch),
        listen: () => void listen({}),
      });
    } catch {
      // The page fought the reader's host (see createHost): report it closed rather than fail the gesture.
      return { open: false };
    }
    // Settings go on before the first paint: no flash of the default size or theme.
    reader = session;
    apply(initial);
    readerUrl = url;
    stopFollowing = followUrl();
    // Listen answers at once when pressed: its script loads while the page is idle after the reader has painted.
    // Cancelled on close: a pending callback would keep the closed reader's DOM alive until the page next idles.
    cancelListenLoad = whenIdle(() => void loadListen().catch(() => undefined));
    // The reader paints at once; quotations are highlighted when the digest arrives.
    void digestPage(document, url).then((digest) => {
      if (digest && reader === session) session.setDigest(digest);
    });
    stopWatching = settings.watch(url, apply);
    return { open: true };
  }

  function close(): void {
    stopWatching?.();
    stopWatching = null;
    stopFollowing?.();
    stopFollowing = null;
    cancelListenLoad?.();
    cancelListenLoad = null;
    reader?.close();
    reader = null;
  }

  async function reveal(target: RevealTarget): Promise<ReaderReply> {
    const opened = await open();
    if (!reader) return opened;
    const digest = await digestPage(document, location.href);
    if (digest && reader) reader.setDigest(digest);
    if (!reader) return { open: false };
    if (target.kind === 'quote') reader.revealQuote(target.index);
    else reader.reveal(target.paragraph, target.start, target.end);
    notify(true);
    return { open: true };
  }

  let listenLoad: Promise<unknown> | undefined;
  /** Brings listen.js once: a press during the idle preload waits for that injection instead of asking again. */
  function loadListen(): Promise<unknown> {
    if (scope[LISTEN_KEY]) return Promise.resolve();
    const load = (listenLoad ??= browser.runtime.sendMessage({ type: 'bg/listenScript' } satisfies ContentEvent));
    load.catch(() => listenLoad === load && (listenLoad = undefined)); // a failed load is tried again next time
    return load;
  }

  /** Read aloud, from the reader's button and key or the popup; listen.js is fetched here if the idle preload has not brought it yet. */
  async function listen(command: ListenCommand): Promise<ReaderReply> {
    if (command.on !== false) await open();
    if (reader) await loadListen();
    return { open: !!reader, listening: !!reader && !!scope[LISTEN_KEY]?.(reader.listen, command) };
  }

  async function handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'content/ping': {
        const reply: PingReply = {
          ok: true, instanceId: instance.id, injections: instance.injections, readerOpen: reader !== null,
          listening: !!reader?.listen.dialog.classList.contains('listening'),
        };
        return reply;
      }
      case 'content/pageInfo':
        return pageInfo(document, location.href);
      case 'content/setReader':
        if (!message.open) {
          close();
          return { open: false };
        }
        return open(message.ask === true);
      case 'content/reveal':
        return reveal(message.target);
      case 'content/listen':
        return listen(message);
      case 'content/digest': {
        const prepared = await preparePage(document, location.href);
        const digest = prepared ? await digestPage(document, location.href) : null;
        const reply: DigestReply = prepared && digest ? { state: 'ready', article: articleMeta(prepared.article), digest } : { state: 'no-article' };
        return reply;
      }
    }
  }

  const ownOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our background and popup may drive the reader: messages from tabs or other extensions are ignored.
    if (senderContext(sender, browser.runtime.id, ownOrigin) !== 'extension-page' || !isToContent(message)) return undefined;
    return handle(message);
  });

  /**
   * An SPA that swaps the article under a new URL while the reader is open: the reader would show stale text,
   * so it closes. Returns the stop function.
   */
  function followUrl(): () => void {
    const check = (): void => {
      if (reader && location.href !== readerUrl) {
        close();
        notify(false);
      }
    };
    // The Navigation API reports same-document navigations (pushState too) as they happen; the poll covers
    // browsers without it.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('currententrychange', check);
    const timer = navigation ? undefined : setInterval(check, 250);
    addEventListener('popstate', check);
    return () => {
      clearInterval(timer);
      navigation?.removeEventListener('currententrychange', check);
      removeEventListener('popstate', check);
    };
  }

  // "Always open this site": open by itself, but only on pages that look like articles.
  if ((globalThis as Record<symbol, unknown>)[AUTO_OPEN_KEY] === true) {
    void settings.autoOpenSites().then(async (sites) => {
      if (!sites.includes(location.origin) || !(await pageInfo(document, location.href)).isArticle) return;
      if ((await open()).open) notify(true);
    });
  }

  // Back/forward cache: the document (and the reader) come back as they were; tell the badge.
  addEventListener('pageshow', (event) => {
    if (event.persisted) notify(reader !== null);
  });
}

const scope = globalThis as typeof globalThis & { [INSTANCE_KEY]?: Instance; [LISTEN_KEY]?: ListenEntry };
const existing = scope[INSTANCE_KEY];
if (existing) {
  existing.injections += 1;
} else {
  const instance: Instance = { id: crypto.randomUUID(), injections: 1 };
  scope[INSTANCE_KEY] = instance;
  start(instance);
}

// Content script entry: injected on a user gesture, answers the background, opens and closes the reader.
import browser, { type Runtime } from 'webextension-polyfill';
import { isToContent, senderContext, type ContentEvent, type PingReply, type ToContent } from '../common/messages';
import { browserSettings } from '../common/browser-settings';
import { buildReaderModel, pageInfo } from './reader-model';
import { openReader, type ReaderSession } from './reader';

/** Marks this document's isolated world as served, so a second injection only counts itself and leaves. */
const INSTANCE_KEY = Symbol.for('readlens.content');

interface Instance {
  id: string;
  injections: number;
}

function readingTimeLabel(minutes: number): string {
  return browser.i18n.getMessage('readingTime', [String(minutes)]) || `${minutes} min`;
}

function start(instance: Instance): void {
  const settings = browserSettings();
  let reader: ReaderSession | null = null;
  let stopWatching: (() => void) | null = null;

  const notify = (open: boolean): void => {
    const event: ContentEvent = { type: 'bg/readerState', open };
    browser.runtime.sendMessage(event).catch(() => undefined);
  };

  async function open(): Promise<void> {
    if (reader) return;
    const url = location.href;
    const model = buildReaderModel(document, url);
    const session = openReader(
      document,
      model,
      {
        dialog: browser.i18n.getMessage('readerLabel') || 'Reader',
        close: browser.i18n.getMessage('readerClose') || 'Close',
        readingTime: readingTimeLabel,
      },
      () => {
        close();
        notify(false);
      },
    );
    reader = session;
    session.applySettings(await settings.load(url));
    stopWatching = settings.watch(url, (s) => reader?.applySettings(s));
  }

  function close(): void {
    stopWatching?.();
    stopWatching = null;
    reader?.close();
    reader = null;
  }

  async function handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'content/ping': {
        const reply: PingReply = { ok: true, instanceId: instance.id, injections: instance.injections, readerOpen: reader !== null };
        return reply;
      }
      case 'content/pageInfo':
        return pageInfo(document, location.href);
      case 'content/setReader':
        if (message.open) await open();
        else close();
        return { open: reader !== null };
    }
  }

  const ownOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our background and popup may drive the reader: messages from tabs or other extensions are ignored.
    if (senderContext(sender, browser.runtime.id, ownOrigin) !== 'extension-page' || !isToContent(message)) return undefined;
    return handle(message);
  });

  // Back/forward cache: the document (and the reader) come back as they were; tell the badge.
  addEventListener('pageshow', (event) => {
    if (event.persisted) notify(reader !== null);
  });
}

const scope = globalThis as typeof globalThis & { [INSTANCE_KEY]?: Instance };
const existing = scope[INSTANCE_KEY];
if (existing) {
  existing.injections += 1;
} else {
  const instance: Instance = { id: crypto.randomUUID(), injections: 1 };
  scope[INSTANCE_KEY] = instance;
  start(instance);
}

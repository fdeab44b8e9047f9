// @vitest-environment jsdom
// The service worker driven as the browser drives it — popup messages, the shortcut, the context menu, tab events —
// with the real content script injected into a tab whose document is jsdom's. jsdom gives the worker a DOMParser,
// so extraction runs in the background itself (Firefox's event-page path).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PingReply } from '../../../src/common/messages';
import { createFakeBrowser, ofType, type FakeBrowser, type FakeContext, type FakeTab } from '../support/fake-browser';
import { browserIdle } from '../support/fake-event';
import { aboutHtml, articleHtml, indexHtml, showPage } from '../support/page-in-tab';
import { packageContentScripts, startBackground } from '../support/readlens-in-fake';

// Literal names: the modules that define them import webextension-polyfill, which loads only inside a context.
const MENU_ID = 'readlens-open-reading-mode';
const TOGGLE_COMMAND = 'toggle-reading-mode';
const READER_TAG = 'readlens-reader';
const url = 'https://news.example/2026/harbour-storm';

let fake: FakeBrowser;
let worker: FakeContext;
let popup: FakeContext;
let tab: FakeTab;

const readerShown = (): boolean => document.querySelector(`${READER_TAG}, [data-readlens-reader]`) !== null;
const ping = (tabId: number) => worker.api.tabs.sendMessage(tabId, { type: 'content/ping' }, { frameId: 0 }) as Promise<PingReply>;
const sessionState = () => fake.storageData('session');

beforeAll(() => {
  // jsdom lays nothing out: a revealed span has no box to scroll to.
  Range.prototype.getBoundingClientRect ??= () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) });
  Element.prototype.scrollTo ??= () => undefined;
});

beforeEach(async () => {
  // A replaced document's timers die with it; here one window outlives every document, so the content script's
  // URL poll runs on a clock that never moves (no test depends on it).
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  fake = createFakeBrowser();
  packageContentScripts(fake);
  worker = await startBackground(fake);
  await browserIdle();
  popup = fake.page('src/popup/index.html');
  tab = showPage(fake, url, articleHtml());
});

afterEach(async () => {
  // Close any reader the test left open, so its URL watcher stops.
  if (fake.content(tab.id).messageListeners() > 0) await worker.api.tabs.sendMessage(tab.id, { type: 'content/setReader', open: false });
  fake.dispose();
  vi.useRealTimers();
});

describe('popup requests', () => {
  it('prepare injects the content script once and describes the page', async () => {
    const first = await popup.api.runtime.sendMessage({ type: 'bg/prepare', tabId: tab.id });
    expect(first).toMatchObject({ state: 'ready', tabId: tab.id, reading: false, page: { url, isArticle: true, title: 'Harbour storm floods the old town' } });
    await popup.api.runtime.sendMessage({ type: 'bg/prepare', tabId: tab.id });
    expect(fake.content(tab.id).messageListeners()).toBe(1);
    expect((await ping(tab.id)).injections).toBe(1);
    expect(fake.errors).toEqual([]);
  });

  it('setReading opens the reader with the badge on, and closing clears both', async () => {
    expect(await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true })).toEqual({ open: true });
    expect(readerShown()).toBe(true);
    expect(fake.badge(tab.id)).toBe('ON');
    expect(sessionState()).toEqual({ [`tab:${tab.id}`]: { reading: true } });
    expect(await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: false })).toEqual({ open: false });
    expect(readerShown()).toBe(false);
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('reveal opens the reader first when it is closed', async () => {
    const reply = await popup.api.runtime.sendMessage({ type: 'bg/reveal', tabId: tab.id, target: { kind: 'span', paragraph: 0, start: 0, end: 9 } });
    expect(reply).toEqual({ open: true });
    expect(readerShown()).toBe(true);
    expect(fake.badge(tab.id)).toBe('ON');
  });

  it('a page with nothing to read opens no reader', async () => {
    tab = showPage(fake, 'https://news.example/', indexHtml);
    expect(await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true })).toEqual({ open: false, reason: 'no-article' });
    expect(readerShown()).toBe(false);
    expect(fake.badge(tab.id)).toBe('');
  });

  it('a browser page is reported unsupported without any injection attempt', async () => {
    const settingsTab = fake.openTab('chrome://settings/');
    expect(await popup.api.runtime.sendMessage({ type: 'bg/prepare', tabId: settingsTab.id })).toMatchObject({ state: 'unsupported', reason: 'browser-page' });
    expect(fake.content(settingsTab.id).messageListeners()).toBe(0);
  });
});

describe('what the background refuses', () => {
  it('malformed messages get no answer and change nothing', async () => {
    for (const message of [
      'bg/prepare', null, [], { type: 'bg/unknown', tabId: tab.id }, { type: 'bg/prepare', tabId: -1 },
      { type: 'bg/prepare', tabId: 2 ** 40 }, { type: 'bg/setReading', tabId: tab.id, on: 'yes' },
      { type: 'bg/setReading', tabId: tab.id, on: true, extra: 1 }, { type: 'bg/reveal', tabId: tab.id, target: { kind: 'span', paragraph: 0, start: 5, end: 2 } },
    ]) {
      expect(await popup.api.runtime.sendMessage(message)).toBeUndefined();
    }
    expect(fake.content(tab.id).messageListeners()).toBe(0);
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('popup requests from a content script, and content events from the popup, are ignored', async () => {
    const page = fake.content(tab.id);
    expect(await page.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true })).toBeUndefined();
    expect(await popup.api.runtime.sendMessage({ type: 'bg/readerState', open: true })).toBeUndefined();
    expect(await popup.api.runtime.sendMessage({ type: 'bg/extract', html: '<p>x</p>', url })).toBeUndefined();
    expect(readerShown()).toBe(false);
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('a sub-frame or another extension cannot set the tab\'s state', async () => {
    const frame = fake.content(tab.id, 3);
    expect(await frame.api.runtime.sendMessage({ type: 'bg/readerState', open: true })).toBeUndefined();
    const foreign = { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' };
    expect(await fake.messageWithSender(foreign, { type: 'bg/setReading', tabId: tab.id, on: true })).toBeUndefined();
    expect(await fake.messageWithSender({ ...foreign, tab: fake.tab(tab.id), frameId: 0 }, { type: 'bg/readerState', open: true })).toBeUndefined();
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('the content script\'s report from the top frame makes the worker look: what the page shows is recorded', async () => {
    await popup.api.runtime.sendMessage({ type: 'bg/prepare', tabId: tab.id });
    // A report that claims more than the page shows records what the page shows.
    await fake.content(tab.id).api.runtime.sendMessage({ type: 'bg/readerState', open: true });
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
    await worker.api.tabs.sendMessage(tab.id, { type: 'content/setReader', open: true });
    await fake.content(tab.id).api.runtime.sendMessage({ type: 'bg/readerState', open: true });
    expect(fake.badge(tab.id)).toBe('ON');
    expect(sessionState()).toEqual({ [`tab:${tab.id}`]: { reading: true } });
  });
});

describe('gestures', () => {
  it('installing creates the context menu once, with its localised title, even when installed again', async () => {
    await fake.install('update');
    await browserIdle();
    expect(fake.menuItems()).toEqual([{ id: MENU_ID, title: 'Open in reading mode', contexts: ['page'] }]);
    expect(fake.errors).toEqual([]);
  });

  it('the context menu opens reading mode', async () => {
    await fake.clickMenu(MENU_ID, tab.id);
    await browserIdle();
    expect(readerShown()).toBe(true);
    expect(fake.badge(tab.id)).toBe('ON');
  });

  it('the shortcut toggles reading mode; another command does nothing', async () => {
    await fake.pressCommand('some-other-command', tab.id);
    await browserIdle();
    expect(readerShown()).toBe(false);
    await fake.pressCommand(TOGGLE_COMMAND, tab.id);
    await browserIdle();
    expect(readerShown()).toBe(true);
    expect(fake.badge(tab.id)).toBe('ON');
    await fake.pressCommand(TOGGLE_COMMAND, tab.id);
    await browserIdle();
    expect(readerShown()).toBe(false);
    expect(fake.badge(tab.id)).toBe('');
  });

  it('the shortcut on a page that is not an article asks first; "Open anyway" opens and the badge follows', async () => {
    tab = showPage(fake, 'https://news.example/about', aboutHtml);
    await fake.pressCommand(TOGGLE_COMMAND, tab.id);
    await browserIdle();
    expect(readerShown()).toBe(false);
    const notice = document.querySelector('readlens-notice')?.shadowRoot;
    expect(notice?.querySelector('[data-testid="not-article-notice"]')).not.toBeNull();
    (notice?.querySelector('[data-testid="notice-open-anyway"]') as HTMLElement).click();
    await browserIdle();
    expect(readerShown()).toBe(true);
    expect(document.querySelector('readlens-notice')).toBeNull();
    expect(fake.badge(tab.id)).toBe('ON');
  });

  it('two gestures racing each other leave one content script instance and one reader', async () => {
    await Promise.all([
      popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true }),
      fake.clickMenu(MENU_ID, tab.id),
    ]);
    await browserIdle();
    expect(fake.content(tab.id).messageListeners()).toBe(1);
    expect(document.querySelectorAll(`${READER_TAG}, [data-readlens-reader]`)).toHaveLength(1);
    expect(fake.errors).toEqual([]);
  });
});

describe('tab lifecycle', () => {
  it('navigating away while the page is being read leaves reading mode off: no stale answer is recorded', async () => {
    const extraction = fake.hold(ofType('bg/extract'));
    const gesture = popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true });
    await browserIdle();
    expect(extraction.waiting()).toBe(1);
    // The user follows a link: the tab starts loading the next page while the old one still runs.
    await fake.startNavigation(tab.id, 'https://news.example/2026/next-story');
    await browserIdle();
    extraction.release();
    const reply = await gesture;
    fake.commitNavigation(tab.id);
    await fake.finishNavigation(tab.id);
    await browserIdle();
    expect(reply).toEqual({ open: false });
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('a reader report from the page being left does not light the badge on the next page', async () => {
    await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true });
    const leaving = fake.content(tab.id);
    // The tab starts loading the next page; the old one, still shown, reports its reader (e.g. "Open anyway").
    await fake.startNavigation(tab.id, 'https://news.example/2026/next-story');
    await leaving.api.runtime.sendMessage({ type: 'bg/readerState', open: true });
    await browserIdle();
    fake.commitNavigation(tab.id);
    await fake.finishNavigation(tab.id);
    await browserIdle();
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
  });

  it('a new document in the tab clears the badge and the state', async () => {
    await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true });
    await fake.navigate(tab.id, 'https://news.example/2026/next-story');
    await browserIdle();
    expect(fake.badge(tab.id)).toBe('');
    expect(sessionState()).toEqual({});
    expect(fake.content(tab.id).messageListeners()).toBe(0);
  });

  it('a page restored from the back/forward cache with its reader open turns the badge back on', async () => {
    await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true });
    // Back to the same document, kept alive in the cache: the tab loads again (badge cleared), the page comes back.
    await fake.startNavigation(tab.id, url);
    await fake.finishNavigation(tab.id);
    await browserIdle();
    expect(fake.badge(tab.id)).toBe('');
    const pageshow = new Event('pageshow');
    Object.defineProperty(pageshow, 'persisted', { value: true });
    window.dispatchEvent(pageshow);
    await browserIdle();
    expect(readerShown()).toBe(true);
    expect(fake.badge(tab.id)).toBe('ON');
    expect(sessionState()).toEqual({ [`tab:${tab.id}`]: { reading: true } });
  });

  it('a closed tab is forgotten', async () => {
    await popup.api.runtime.sendMessage({ type: 'bg/setReading', tabId: tab.id, on: true });
    await fake.closeTab(tab.id);
    await browserIdle();
    expect(sessionState()).toEqual({});
    tab = fake.openTab(url);
  });
});

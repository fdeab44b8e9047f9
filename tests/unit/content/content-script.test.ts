// @vitest-environment jsdom
// The content script (src/content/index.ts, page-analysis.ts) injected by the fake browser into a tab whose document
// is jsdom's, driven by the real service worker: one instance per document, one read per URL, no stale article.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PingReply } from '../../../src/common/messages';
import { createFakeBrowser, loadIn, ofType, type FakeBrowser, type FakeContext, type FakeTab } from '../support/fake-browser';
import { browserIdle } from '../support/fake-event';
import { articleHtml, indexHtml, loadDocument, showPage } from '../support/page-in-tab';
import { packageContentScripts, startBackground } from '../support/readlens-in-fake';

const url = 'https://news.example/2026/harbour-storm';
const readers = () => document.querySelectorAll('readlens-reader, [data-readlens-reader]');

let fake: FakeBrowser;
let worker: FakeContext;
let tab: FakeTab;

const toPage = (message: unknown) => worker.api.tabs.sendMessage(tab.id, message, { frameId: 0 });
const inject = () => worker.api.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });

beforeEach(async () => {
  // A replaced document's timers die with it; here one window outlives every document, so the content script's
  // URL poll runs on a clock that never moves (no test depends on it).
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  fake = createFakeBrowser();
  packageContentScripts(fake);
  worker = await startBackground(fake);
  tab = showPage(fake, url, articleHtml());
});

afterEach(async () => {
  if (fake.content(tab.id).messageListeners() > 0) await toPage({ type: 'content/setReader', open: false });
  fake.dispose();
  vi.useRealTimers();
});

describe('injection', () => {
  it('a second injection in the same document counts itself and leaves: one listener, one reader', async () => {
    await inject();
    const first = (await toPage({ type: 'content/ping' })) as PingReply;
    await inject();
    const second = (await toPage({ type: 'content/ping' })) as PingReply;
    expect(second).toEqual({ ok: true, instanceId: first.instanceId, injections: 2, readerOpen: false, listening: false });
    expect(fake.content(tab.id).messageListeners()).toBe(1);
    expect(await toPage({ type: 'content/setReader', open: true })).toEqual({ open: true });
    expect(readers()).toHaveLength(1);
  });

  it('a new document gets a new instance', async () => {
    await inject();
    const before = (await toPage({ type: 'content/ping' })) as PingReply;
    await fake.startNavigation(tab.id, 'https://news.example/2026/next');
    fake.commitNavigation(tab.id);
    loadDocument('https://news.example/2026/next', articleHtml('Next story'));
    await fake.finishNavigation(tab.id);
    await expect(toPage({ type: 'content/ping' })).rejects.toThrow('Receiving end does not exist');
    await inject();
    const after = (await toPage({ type: 'content/ping' })) as PingReply;
    expect(after.instanceId).not.toBe(before.instanceId);
    expect(after.injections).toBe(1);
  });
});

describe('reading the page', () => {
  it('reads the page once per URL: page info, the reader and the digest share one extraction and one analysis', async () => {
    await inject();
    expect(await toPage({ type: 'content/pageInfo' })).toMatchObject({ url, isArticle: true, title: 'Harbour storm floods the old town', lang: 'en' });
    await toPage({ type: 'content/setReader', open: true });
    const digest = await toPage({ type: 'content/digest' });
    expect(digest).toMatchObject({ state: 'ready', article: { title: 'Harbour storm floods the old town' } });
    expect((digest as { digest: { quotes: { speaker: string | null }[] } }).digest.quotes.map((q) => q.speaker)).toEqual(['Marie Dupont']);
    expect(fake.sentOfType('bg/extract')).toBe(1);
    expect(fake.sentOfType('bg/analyze')).toBe(1);
    expect(fake.fetched.filter((u) => u.endsWith('/lang/en.json'))).toHaveLength(1);
  });

  it('a failed analysis is not kept: the next request tries again', async () => {
    await inject();
    await toPage({ type: 'content/pageInfo' });
    // The browser stopped the service worker: the analysis request finds nobody.
    worker.destroy();
    const popup = fake.page('src/popup/index.html');
    expect(await popup.api.tabs.sendMessage(tab.id, { type: 'content/digest' }, { frameId: 0 })).toEqual({ state: 'no-article' });
    worker = await startBackground(fake, true);
    expect(await toPage({ type: 'content/digest' })).toMatchObject({ state: 'ready' });
    expect(fake.sentOfType('bg/extract')).toBe(1);
    expect(fake.sentOfType('bg/analyze')).toBe(2);
  });

  it('when the background cannot answer, the page is reported as no article instead of failing', async () => {
    await inject();
    worker.destroy();
    const reply = await fake.content(tab.id).api.runtime.sendMessage({ type: 'bg/extract', html: '', url }).catch((e: Error) => e.message);
    expect(reply).toContain('Receiving end does not exist');
    // The service worker is gone, so the popup asks the page directly, as it does for the digest.
    const popup = fake.page('src/popup/index.html');
    expect(await popup.api.tabs.sendMessage(tab.id, { type: 'content/pageInfo' }, { frameId: 0 })).toMatchObject({ isArticle: false, url });
    expect(await popup.api.tabs.sendMessage(tab.id, { type: 'content/setReader', open: true }, { frameId: 0 })).toEqual({ open: false, reason: 'no-article' });
    worker = popup;
  });

  it('a page with nothing to read answers no-article to the digest', async () => {
    tab = showPage(fake, 'https://news.example/', indexHtml);
    await inject();
    expect(await toPage({ type: 'content/digest' })).toEqual({ state: 'no-article' });
  });

  it('an SPA that moves to another URL while the page is read does not get the old article in a reader', async () => {
    await inject();
    const extraction = fake.hold(ofType('bg/extract'));
    const opening = toPage({ type: 'content/setReader', open: true });
    await browserIdle();
    expect(extraction.waiting()).toBe(1);
    history.pushState({}, '', '/2026/another-story');
    extraction.release();
    expect(await opening).toEqual({ open: false });
    expect(readers()).toHaveLength(0);
  });
});

describe('closing the reader', () => {
  it('a reader closed before the page idles cancels the read-aloud preload, which would hold the closed reader until it ran', async () => {
    // The page's idle callbacks, run when the test says the page is idle.
    const idle = new Map<number, () => void>();
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (task: () => void) => (idle.set(++next, task), next));
    vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
    const pageIdles = async () => {
      for (const [id, task] of idle) {
        idle.delete(id);
        task();
      }
      await browserIdle();
    };
    await inject();
    await toPage({ type: 'content/setReader', open: true });
    expect(idle.size).toBe(1);
    await toPage({ type: 'content/setReader', open: false });
    expect(idle.size).toBe(0); // nothing pending holds the closed reader
    await pageIdles();
    expect(fake.sentOfType('bg/listenScript')).toBe(0);
    await toPage({ type: 'content/setReader', open: true });
    await pageIdles();
    expect(fake.sentOfType('bg/listenScript')).toBe(1);
    await toPage({ type: 'content/setReader', open: false });
    vi.unstubAllGlobals();
  });
});

describe('always open this site', () => {
  it('a listed, granted site opens its articles by itself, and loses the registration when access is withdrawn', async () => {
    const options = fake.page('src/options/index.html');
    const { browserSettings } = await loadIn(options, () => import('../../../src/common/browser-settings'));
    await fake.grantOrigins(['https://news.example/*']);
    await browserSettings().setAutoOpen('https://news.example', true);
    await browserIdle();
    expect(fake.registeredScripts()).toMatchObject([{ matches: ['https://news.example/*'], js: ['auto-open-flag.js', 'content.js'] }]);

    await fake.startNavigation(tab.id, 'https://news.example/2026/next');
    fake.commitNavigation(tab.id);
    loadDocument('https://news.example/2026/next', articleHtml('Next story'));
    await fake.finishNavigation(tab.id);
    await browserIdle();
    expect(readers()).toHaveLength(1);
    expect(fake.badge(tab.id)).toBe('ON');

    await fake.revokeOrigins(['https://news.example/*']);
    await browserIdle();
    expect(fake.registeredScripts()).toEqual([]);
    expect(await browserSettings().autoOpenSites()).toEqual([]);
  });
});

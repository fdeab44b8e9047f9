// The fake browser's own promises: the semantics the orchestration tests rely on, each as Chrome (through
// webextension-polyfill) shows it to extension code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_CLOSED, createFakeBrowser, NO_OFFSCREEN, NO_RECEIVER, ONE_OFFSCREEN, type FakeBrowser } from './fake-browser';
import { browserIdle } from './fake-event';

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
});
afterEach(() => fake.dispose());

describe('runtime messaging', () => {
  it('a listener runs in a later task, never inside sendMessage', async () => {
    const worker = fake.background();
    const popup = fake.page('src/popup/index.html');
    const seen: string[] = [];
    worker.api.runtime.onMessage.addListener(() => void seen.push('listener'));
    const sending = popup.api.runtime.sendMessage({ type: 'x' });
    seen.push('after send');
    await sending;
    expect(seen).toEqual(['after send', 'listener']);
  });

  it('answers with the first promise a listener returns; no promise means the port closes: undefined', async () => {
    const worker = fake.background();
    const popup = fake.page('src/popup/index.html');
    worker.api.runtime.onMessage.addListener((m: { type: string }) => (m.type === 'ask' ? Promise.resolve({ at: new Date(0), skip: undefined }) : undefined));
    worker.api.runtime.onMessage.addListener(() => undefined);
    // Messages cross as JSON: a Date arrives as its string, undefined fields vanish.
    expect(await popup.api.runtime.sendMessage({ type: 'ask' })).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    expect(await popup.api.runtime.sendMessage({ type: 'other' })).toBeUndefined();
  });

  it('a rejected answer reaches the sender as an Error with its message', async () => {
    fake.background().api.runtime.onMessage.addListener(() => Promise.reject(new Error('nope')));
    await expect(fake.page('p.html').api.runtime.sendMessage({})).rejects.toThrow('nope');
  });

  it('with nobody listening, or the sender being its only listener, sending fails as in Chrome', async () => {
    const worker = fake.background();
    worker.api.runtime.onMessage.addListener(() => Promise.resolve('self'));
    await expect(worker.api.runtime.sendMessage({})).rejects.toThrow(NO_RECEIVER);
  });

  it('a receiver that goes away before answering closes the channel', async () => {
    const offscreen = fake.page('src/offscreen/index.html');
    offscreen.api.runtime.onMessage.addListener(() => new Promise(() => undefined));
    const asking = fake.background().api.runtime.sendMessage({});
    await browserIdle();
    offscreen.destroy();
    await expect(asking).rejects.toThrow(CHANNEL_CLOSED);
  });

  it('content scripts are reached only through tabs.sendMessage, and see who sent what', async () => {
    const tab = fake.openTab('https://news.example/a');
    const page = fake.content(tab.id);
    const worker = fake.background();
    const senders: unknown[] = [];
    page.api.runtime.onMessage.addListener((_m: unknown, sender: unknown) => {
      senders.push(sender);
      return Promise.resolve('from page');
    });
    worker.api.runtime.onMessage.addListener((_m: unknown, sender: unknown) => {
      senders.push(sender);
      return Promise.resolve('from worker');
    });
    expect(await page.api.runtime.sendMessage({})).toBe('from worker');
    expect(await worker.api.tabs.sendMessage(tab.id, {}, { frameId: 0 })).toBe('from page');
    expect(senders).toEqual([
      { id: fake.id, url: tab.url, origin: 'https://news.example', tab: fake.tab(tab.id), frameId: 0, documentId: page.documentId },
      { id: fake.id, url: `${fake.origin}/service-worker-loader.js`, origin: fake.origin },
    ]);
    await expect(worker.api.tabs.sendMessage(fake.openTab('https://news.example/b').id, {})).rejects.toThrow(NO_RECEIVER);
  });
});

describe('APIs and their errors', () => {
  it('content scripts have no tabs, scripting or action, and no storage.session', async () => {
    const page = fake.content(fake.openTab('https://news.example/a').id);
    expect(page.api.tabs).toBeUndefined();
    expect(page.api.scripting).toBeUndefined();
    await expect(page.api.storage.session.get('k')).rejects.toThrow('Access to storage is not allowed from this context.');
    await page.api.storage.sync.set({ k: 1 });
    expect(await page.api.storage.sync.get({ k: 0, other: 2 })).toEqual({ k: 1, other: 2 });
  });

  it('storage changes reach every context in a later task, unchanged removals do not', async () => {
    const worker = fake.background();
    const changes: unknown[] = [];
    worker.api.storage.onChanged.addListener((c: unknown, area: string) => void changes.push([area, c]));
    await worker.api.storage.session.set({ a: 1 });
    await worker.api.storage.session.remove('missing');
    await browserIdle();
    expect(changes).toEqual([['session', { a: { newValue: 1 } }]]);
  });

  it('tabs, scripting and the badge reject for a tab that does not exist, or a page no extension may touch', async () => {
    const worker = fake.background();
    await expect(worker.api.tabs.get(99)).rejects.toThrow('No tab with id: 99.');
    await expect(worker.api.action.setBadgeText({ tabId: 99, text: 'ON' })).rejects.toThrow('No tab with id: 99.');
    const settings = fake.openTab('chrome://settings/');
    await expect(worker.api.scripting.executeScript({ target: { tabId: settings.id }, files: ['content.js'] })).rejects.toThrow('Cannot access a chrome:// URL');
    await expect(worker.api.scripting.executeScript({ target: { tabId: fake.openTab('https://a.example/').id }, files: ['nope.js'] })).rejects.toThrow("Could not load file: 'nope.js'.");
  });

  it('one offscreen document at a time; closing none fails', async () => {
    const make = () => fake.offscreen.createDocument({ url: 'src/offscreen/index.html', reasons: ['DOM_PARSER'], justification: 'test' });
    await make();
    await expect(make()).rejects.toThrow(ONE_OFFSCREEN);
    expect(await fake.offscreen.hasDocument()).toBe(true);
    expect(await fake.background().api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).toHaveLength(1);
    await fake.offscreen.closeDocument();
    await expect(fake.offscreen.closeDocument()).rejects.toThrow(NO_OFFSCREEN);
  });

  it('i18n fills placeholders from the English messages; a duplicate menu id is an unchecked lastError', () => {
    const worker = fake.background();
    expect(worker.api.i18n.getMessage('readingTime', ['4'])).toMatch(/4/);
    expect(worker.api.i18n.getMessage('no-such-key')).toBe('');
    worker.api.contextMenus.create({ id: 'm', title: 'M' });
    worker.api.contextMenus.create({ id: 'm', title: 'M' });
    expect(fake.errors).toEqual(['Unchecked runtime.lastError: Cannot create item with duplicate id m']);
  });
});

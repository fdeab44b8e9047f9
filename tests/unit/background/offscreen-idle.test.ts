// Chrome's service worker has no DOM: page copies go to an offscreen document, created on first use and closed
// after a minute idle. Run in Node (no DOMParser), the background takes that path; the offscreen document is the
// real src/offscreen/main.ts with the article engine swapped for a recorder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserIdle, pass, settle as settled } from '../support/fake-event';
import { createFakeBrowser, ofType, NO_RECEIVER, type FakeBrowser, type FakeContext } from '../support/fake-browser';
import { packageOffscreenPage, startBackground } from '../support/readlens-in-fake';

const IDLE_MS = 60_000;
const parsed: string[] = [];

vi.mock('../../../src/background/extract-copy', () => ({
  extractCopy: (html: string, url: string) => {
    parsed.push(html);
    return { detection: { isArticle: true, score: 1, reason: 'recorded' }, article: null, html, url };
  },
}));

let fake: FakeBrowser;
let page: FakeContext;
const pageUrl = 'https://news.example/story';

/** The content script asks the background to extract a copy of its page. */
const extract = (html: string): Promise<unknown> => page.api.runtime.sendMessage({ type: 'bg/extract', html, url: pageUrl });

beforeEach(async () => {
  vi.useFakeTimers();
  parsed.length = 0;
  fake = createFakeBrowser();
  packageOffscreenPage(fake);
  await settled(startBackground(fake));
  page = fake.content(fake.openTab(pageUrl).id);
});

afterEach(() => {
  fake.dispose();
  vi.useRealTimers();
});

describe('offscreen extraction', () => {
  it('creates the document on first use, answers, and closes it after a minute idle', async () => {
    expect(fake.offscreenDocument()).toBeNull();
    expect(await settled(extract('<p>one</p>'))).toMatchObject({ html: '<p>one</p>', url: pageUrl });
    expect(fake.offscreenDocument()).not.toBeNull();
    await pass(IDLE_MS - 1_000);
    expect(fake.offscreenDocument()).not.toBeNull();
    await pass(2_000);
    expect(fake.offscreenDocument()).toBeNull();
    expect(fake.errors).toEqual([]);
  });

  it('two pages asking at once share one document (a second createDocument would throw)', async () => {
    const both = Promise.all([extract('<p>a</p>'), extract('<p>b</p>')]);
    const answers = await settled(both);
    expect(answers.map((a) => (a as { html: string }).html)).toEqual(['<p>a</p>', '<p>b</p>']);
    expect(parsed).toEqual(['<p>a</p>', '<p>b</p>']);
  });

  it('keeps the answer of a request that started just before the idle close', async () => {
    await settled(extract('<p>one</p>'));
    await pass(IDLE_MS - 500);
    // The offscreen document is busy (a big page parses for seconds): the next request waits in its queue
    // while the idle deadline of the first one passes.
    const busy = fake.hold(ofType('offscreen/extract'));
    const second = extract('<p>two</p>');
    second.catch(() => undefined);
    await browserIdle();
    expect(busy.waiting()).toBe(1);
    await pass(5_000);
    expect(fake.offscreenDocument()).not.toBeNull();
    busy.release();
    expect(await settled(second)).toMatchObject({ html: '<p>two</p>' });
    // Idle again: now it closes, a minute after the last answer.
    await pass(IDLE_MS + 1_000);
    expect(fake.offscreenDocument()).toBeNull();
  });

  it('recreates the document for a request after an idle close', async () => {
    await settled(extract('<p>one</p>'));
    await pass(IDLE_MS + 1_000);
    expect(fake.offscreenDocument()).toBeNull();
    expect(await settled(extract('<p>two</p>'))).toMatchObject({ html: '<p>two</p>' });
    expect(parsed).toEqual(['<p>one</p>', '<p>two</p>']);
  });

  it('finds an open document through runtime.getContexts where offscreen.hasDocument is missing', async () => {
    fake.dispose();
    fake = createFakeBrowser({ offscreenHasDocument: false });
    packageOffscreenPage(fake);
    await settled(startBackground(fake));
    page = fake.content(fake.openTab(pageUrl).id);
    await settled(extract('<p>one</p>'));
    expect(await settled(extract('<p>two</p>'))).toMatchObject({ html: '<p>two</p>' });
    expect(fake.errors).toEqual([]);
  });

  it('the offscreen document answers only the extension itself, never a content script', async () => {
    await settled(extract('<p>one</p>'));
    // Straight from the page to the offscreen document: the background ignores this type, the document must too.
    const direct = page.api.runtime.sendMessage({ type: 'offscreen/extract', html: '<p>x</p>', url: pageUrl });
    expect(await settled(direct)).toBeUndefined();
    expect(parsed).toEqual(['<p>one</p>']);
  });

  it('a page with no offscreen document and no background listener gets Chrome\'s no-receiver error', async () => {
    fake.background().destroy();
    await expect(settled(extract('<p>x</p>'))).rejects.toThrow(NO_RECEIVER);
  });
});

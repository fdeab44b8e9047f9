// Chromium: the reader on hostile and unusual pages — strict CSP + Trusted Types, shadow DOM, iframe shell, SPA, a page
// mutating every 10 ms, a consent wall, infinite scroll, a poisoned realm. Each: right story in, nothing left behind.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHardServer } from './lib/hard-server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { closeWithCommand, collectErrors, contentWorldEval, coverage, openFromPopup, probeReaderText, probeStories, worldEval } from './lib/hard-pages.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const outerHTML = (page) => worldEval(page, () => document.documentElement.outerHTML);
const readerNow = (page) => worldEval(page, probeReaderText);
const isOpenReader = (r) => r.hostCount === 1 && r.reader;

describe('Chromium: hard pages', () => {
  let server;
  let chromium;

  before(async () => {
    server = await startHardServer();
    chromium = await launchChromium();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** Errors our code caused: any uncaught page error, and console errors/warnings whose source is the extension. */
  function ourErrors(seen) {
    const prefix = `chrome-extension://${chromium.ext.id}/`;
    return seen.filter((e) => e.kind === 'pageerror' || (e.url ?? '').startsWith(prefix));
  }

  /** Load `path` in a new tab, watching its errors. */
  async function load(path) {
    const page = await chromium.newTab();
    const errors = collectErrors(page);
    await page.goto(server.url(path), { waitUntil: 'load' });
    return { page, errors };
  }

  /**
   * The round trip every page must survive: popup switch opens the reader on `story` (its title, every paragraph),
   * the command closes it, and the page's HTML is what it was (after `normalize`, for pages that change by themselves).
   */
  async function roundTrip(page, story, { normalize = (h) => h, name, whileOpen = async () => {} }) {
    const htmlBefore = normalize(await outerHTML(page));
    const { tabId } = await openFromPopup(chromium, page, () => readerNow(page));
    const reader = await readerNow(page);
    await screenshot(page, `hard-${name}-reader`);
    const cov = coverage(reader, story);
    assert.equal(reader.title, story.title, 'the reader shows the story headline');
    assert.equal(cov.found, cov.total, `every paragraph of the story is in the reader (${cov.found}/${cov.total})`);
    await whileOpen();
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b !== '', what: 'the badge to show' });
    await closeWithCommand(chromium, page, () => readerNow(page));
    assert.equal(normalize(await outerHTML(page)), htmlBefore, 'the page HTML is as before');
    await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear' });
    return { tabId, reader };
  }

  describe('strict CSP with Trusted Types (header on the page)', () => {
    let page;
    let errors;
    before(async () => {
      ({ page, errors } = await load('/hard/csp.html'));
    });
    after(() => page?.close());

    it('opens on the story and closes without a trace', async () => {
      const [story] = await worldEval(page, probeStories);
      // The reader's own styles must apply under style-src 'self' (inline <style> would be refused).
      const styled = () =>
        worldEval(page, () => {
          const host = document.querySelector('readlens-reader');
          const body = host.shadowRoot.querySelector('[data-testid="reader-body"]');
          return { position: getComputedStyle(host).position, zIndex: getComputedStyle(host).zIndex, bodySize: getComputedStyle(body).fontSize };
        });
      const whileOpen = async () => assert.deepEqual(await styled(), { position: 'fixed', zIndex: '2147483647', bodySize: '20px' }, 'host and reader styles apply');
      const { reader } = await roundTrip(page, story, { name: 'csp', whileOpen });
      assert.ok(!reader.body.includes('Most read'), 'no rail in the reader');
      assert.deepEqual(ourErrors(errors.seen).filter((e) => e.kind === 'pageerror'), [], 'no uncaught error');
    });

    // DOMPurify runs without a Trusted Types policy (it sanitises in place), so the page sees no violation.
    it('causes no CSP / Trusted Types violation the page can see, and no console error from the extension', async () => {
      const violations = await page.evaluate(() => window.__hardViolations);
      assert.deepEqual(violations, [], 'no securitypolicyviolation event in the page');
      assert.deepEqual(ourErrors(errors.seen), [], 'no console error or warning from the extension');
    });
  });

  describe('article inside open shadow roots (web components)', () => {
    let page;
    let errors;
    before(async () => {
      ({ page, errors } = await load('/hard/shadow.html'));
    });
    after(() => page?.close());

    // When the light DOM has no article, the content script serialises the composed tree (open shadow roots
    // inlined, in an inert document) and reads that.
    it('reads the story inside the shadow roots', async () => {
      const [story] = await worldEval(page, probeStories);
      await roundTrip(page, story, { name: 'shadow' });
      assert.deepEqual(ourErrors(errors.seen), []);
    });
  });

  describe('article inside a same-origin iframe (the top page is a shell)', () => {
    let page;
    let errors;
    before(async () => {
      ({ page, errors } = await load('/hard/iframe.html'));
    });
    after(() => page?.close());

    // Same for a same-origin iframe: its body is inlined where the iframe renders.
    it('reads the story in the same-origin iframe', async () => {
      const [story] = await worldEval(page, probeStories);
      await roundTrip(page, story, { name: 'iframe' });
      assert.deepEqual(ourErrors(errors.seen), []);
    });
  });

  describe('SPA that swaps the article with history.pushState', () => {
    let page;
    let errors;
    before(async () => {
      ({ page, errors } = await load('/hard/spa.html'));
    });
    after(() => page?.close());

    /** Click the SPA's own link for `key` (a same-document navigation by the page) and return the new headline. */
    const swapTo = (key) =>
      page.evaluate(async (k) => {
        document.querySelector(`a[data-story="${k}"]`).click();
        return document.querySelector('h1').textContent.trim();
      }, key);

    it('the reader closes (or follows) after the swap, and reopens on the new story', async () => {
      const [first] = await worldEval(page, probeStories);
      await openFromPopup(chromium, page, () => readerNow(page));
      assert.equal((await readerNow(page)).title, first.title);
      const swappedAt = Date.now();
      const newTitle = await swapTo('choir');
      assert.notEqual(newTitle, first.title);
      const settled = await waitFor(() => readerNow(page), {
        accept: (r) => r.hostCount === 0 || r.title === newTitle,
        timeout: 5000,
        what: 'the reader to close or follow the new story',
      });
      assert.ok(settled.hostCount === 0 || settled.title === newTitle, 'no stale story');
      // Reported, not asserted: how long the old story stayed up (polled every 50 ms here).
      console.log(`hard: SPA swap → reader ${settled.hostCount === 0 ? 'closed' : 'followed'} after ~${Date.now() - swappedAt} ms`);
      const htmlSwapped = await outerHTML(page);
      const [second] = await worldEval(page, probeStories);
      await chromium.command('toggle-reading-mode');
      await waitFor(() => readerNow(page), { accept: isOpenReader, what: 'the reader to reopen' });
      const reopened = await readerNow(page);
      assert.equal(reopened.title, second.title, 'the reopened reader shows the new story');
      assert.equal(coverage(reopened, second).found, second.paragraphs.length);
      assert.ok(!reopened.body.includes(first.paragraphs[0].slice(0, 60)), 'nothing of the old story');
      await closeWithCommand(chromium, page, () => readerNow(page));
      assert.equal(await outerHTML(page), htmlSwapped);
      // Back button (popstate) while reading: the reader must not keep the story the page just left.
      await chromium.command('toggle-reading-mode');
      await waitFor(() => readerNow(page), { accept: isOpenReader, what: 'the reader to open on the second story' });
      await page.evaluate(() => history.back());
      await waitFor(() => readerNow(page), { accept: (r) => r.hostCount === 0 || r.title === first.title, what: 'the reader to leave the second story after Back' });
      assert.deepEqual(ourErrors(errors.seen), []);
      if ((await readerNow(page)).hostCount === 1) await closeWithCommand(chromium, page, () => readerNow(page));
    });

    // The Navigation API tells the content script about pushState as it happens, so the reader closes before the
    // page's next frame.
    it('never paints the old story after the swap (checked at the next two animation frames)', async () => {
      await page.goto(server.url('/hard/spa.html'), { waitUntil: 'load' });
      await openFromPopup(chromium, page, () => readerNow(page));
      const seen = await page.evaluate(async () => {
        document.querySelector('a[data-story="choir"]').click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const root = document.querySelector('readlens-reader')?.shadowRoot;
        return { newTitle: document.querySelector('h1').textContent.trim(), readerTitle: root?.querySelector('[data-testid="reader-title"]')?.textContent.trim() ?? null };
      });
      assert.ok(seen.readerTitle === null || seen.readerTitle === seen.newTitle, `reader painted "${seen.readerTitle}" over "${seen.newTitle}"`);
    });
  });

  describe('a page that rewrites part of its DOM every 10 ms', () => {
    it('opens on the story, ignores the live region, closes leaving the page as before (live region aside)', async () => {
      const { page, errors } = await load('/hard/mutating.html');
      const ticks = () => page.evaluate(() => window.__hardTicks());
      const [story] = await worldEval(page, probeStories);
      const startTicks = await ticks();
      // The live region's content is the page's own business: compare everything else.
      const normalize = (html) => html.replace(/<div id="live"[\s\S]*?<\/ul><\/div>/, '<div id="live">…</div>');
      const { reader } = await roundTrip(page, story, { normalize, name: 'mutating' });
      assert.ok(!/Update \d+: traffic/.test(reader.body), 'no live-region text in the reader');
      assert.ok((await ticks()) > startTicks, 'the page kept running meanwhile');
      assert.deepEqual(ourErrors(errors.stop()), []);
      await page.close();
    });
  });

  describe('a consent / paywall overlay covering the text', () => {
    it('the reader shows the story, not the overlay; the overlay is back after closing', async () => {
      const { page, errors } = await load('/hard/paywall.html');
      const [story] = await worldEval(page, probeStories);
      const overlayText = await worldEval(page, () => document.querySelector('[role=dialog]').textContent.replace(/\s+/g, ' ').trim());
      const { reader } = await roundTrip(page, story, { name: 'paywall' });
      for (const phrase of overlayText.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20)) {
        assert.ok(!reader.body.includes(phrase), `overlay sentence "${phrase.slice(0, 40)}…" kept out of the reader`);
      }
      assert.deepEqual(ourErrors(errors.stop()), []);
      await page.close();
    });
  });

  describe('infinite scroll', () => {
    it('reads the story the URL is about; scrolling the reader appends nothing; page restored', async () => {
      const { page, errors } = await load('/hard/infinite.html');
      const appended = () => page.evaluate(() => window.__hardAppended());
      for (let i = 0; i < 2; i++) {
        const before = await appended();
        // Up, then to the bottom: each arrival at the bottom is a fresh scroll event for the feed.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await waitFor(appended, { accept: (n) => n > before, what: 'the feed to append a story' });
      }
      const stories = await worldEval(page, probeStories);
      assert.ok(stories.length >= 3, `the feed holds the story and appended ones (${stories.length})`);
      const [story] = stories;
      const htmlBefore = await outerHTML(page);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const countBefore = await appended();
      const { tabId } = await openFromPopup(chromium, page, () => readerNow(page));
      const reader = await readerNow(page);
      assert.equal(reader.title, story.title);
      assert.equal(coverage(reader, story).found, story.paragraphs.length);
      // Scroll inside the reader: the page's own scroll handler must not fire.
      await page.mouse.move(640, 450);
      for (let i = 0; i < 5; i++) await page.mouse.wheel({ deltaY: 2000 });
      assert.equal(await appended(), countBefore, 'the page appended nothing while the reader scrolled');
      await closeWithCommand(chromium, page, () => readerNow(page));
      assert.equal(await outerHTML(page), htmlBefore);
      assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scroll position restored');
      await waitFor(() => chromium.badge(tabId), { accept: (b) => b === '', what: 'the badge to clear' });
      assert.deepEqual(ourErrors(errors.stop()), []);
      await page.close();
    });
  });

  describe('infinite scroll: the appended feed', () => {
    // The story and the stories the feed appended are sibling <article>s: the engine keeps the one whose headline
    // is the page's title.
    it('keeps the appended stories out of the reader', async () => {
      const { page } = await load('/hard/infinite.html');
      for (let i = 0; i < 2; i++) {
        const before = await page.evaluate(() => window.__hardAppended());
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await waitFor(() => page.evaluate(() => window.__hardAppended()), { accept: (n) => n > before, what: 'the feed to append a story' });
      }
      const [, ...feed] = await worldEval(page, probeStories);
      await openFromPopup(chromium, page, () => readerNow(page));
      const reader = await readerNow(page);
      for (const other of feed) assert.equal(coverage(reader, other).found, 0, `nothing of "${other.title}"`);
      await closeWithCommand(chromium, page, () => readerNow(page));
      await page.close();
    });
  });

  describe('a poisoned page realm (built-ins that lie, extension-like globals)', () => {
    it('the reader works and never calls the page\'s poisoned built-ins', async () => {
      const { page, errors } = await load('/hard/hostile.html?no-tag');
      const calls = () => page.evaluate(() => ({ ...window.__hostileCalls }));
      const [story] = await worldEval(page, probeStories);
      const before = await calls();
      await roundTrip(page, story, { name: 'hostile' });
      // The popup digest and a second open/close too.
      await chromium.command('toggle-reading-mode');
      await waitFor(() => readerNow(page), { accept: isOpenReader, what: 'the reader to reopen' });
      await closeWithCommand(chromium, page, () => readerNow(page));
      assert.deepEqual(await calls(), before, 'no poisoned built-in was called during the session');
      const ours = await contentWorldEval(page, chromium.ext.id, () => typeof window.config + typeof window.DOMPurify);
      assert.equal(ours, 'undefinedundefined', "the page's globals are not visible to the content script");
      assert.deepEqual(ourErrors(errors.stop()), []);
      await page.close();
    });

    // A page that defines its own <readlens-reader> (and takes its shadow root) must not block or host the reader:
    // the extension notices the element is the page's (:defined), drops it unconnected and hosts the reader in a
    // <div>, which no page can turn into a custom element. The page's constructor may run on that throwaway element,
    // but the page never gets the live host.
    it('a page-defined <readlens-reader> custom element cannot block or hijack the reader', async () => {
      const { page } = await load('/hard/hostile.html');
      const calls = () => page.evaluate(() => ({ ...window.__hostileCalls }));
      const [story] = await worldEval(page, probeStories);
      await roundTrip(page, story, { name: 'hostile-tag' });
      const c = await calls();
      assert.equal(c['readlens-reader:connected'] ?? 0, 0, 'no element of the page ever hosted the reader');
      await page.close();
    });
  });
});

// Chromium: the reader view itself — content, clutter, typography, themes, quotations, teardown, leaks, paint time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { inReader, isClosed, isOpen, norm, px, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { expectedDigest } from './lib/golden.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const SAMPLE = expectedDigest();
const outerHTML = (page) => page.evaluate(() => document.documentElement.outerHTML);

describe('Chromium: the reader view', () => {
  let server;
  let chromium;

  /** Give the tab activeTab with a real toolbar click, close the popup, then toggle through the shortcut's handler. */
  async function openWithShortcut(page) {
    await chromium.clickToolbar(page);
    await chromium.closePopups();
    await page.bringToFront();
    await chromium.command('toggle-reading-mode');
    return waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open', timeout: 10000 });
  }

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  describe('on the FranceSoir sample', () => {
    let page;
    let htmlBefore;

    before(async () => {
      page = await chromium.newTab(server.url(samplePage));
      await page.evaluate(() => window.scrollTo(0, 420));
      htmlBefore = await outerHTML(page);
      await openWithShortcut(page);
    });

    it('shows the article: title once, byline, date in French, lead photo with credit, every body paragraph', async () => {
      const r = await inReader(page, (root) => ({
        titles: [...root.querySelectorAll('h1')].map((h) => h.textContent.trim()),
        byline: root.querySelector('[data-testid=reader-byline]')?.textContent,
        date: root.querySelector('[data-testid=reader-date]')?.textContent,
        dateTime: root.querySelector('[data-testid=reader-date]')?.getAttribute('datetime'),
        lead: root.querySelector('[data-testid=reader-lead-image] img')?.getAttribute('src'),
        caption: root.querySelector('[data-testid=reader-lead-image] figcaption')?.textContent,
        lang: root.querySelector('article').lang,
        text: root.querySelector('article').textContent,
      }));
      assert.deepEqual(r.titles, ["Lutte contre Daech: l'offensive sur Mossoul progresse, les plans de la coalition visent maintenant Raqqa"]);
      assert.equal(r.byline, 'La rédaction de FranceSoir.fr');
      assert.match(r.date, /26 octobre 2016/);
      assert.match(r.date, /12:54/);
      assert.match(r.dateTime, /^2016-10-26T12:54/);
      assert.ok(r.lead, 'lead image shown');
      assert.match(r.caption, /©Safin Hamed\/AFP/);
      assert.equal(r.lang.slice(0, 2), 'fr');
      for (const start of ['Lancée lundi 17', "A l'ouverture de cette rencontre", 'A la suite de cette rencontre', "D'après les informations de l'ONU"]) {
        assert.ok(r.text.includes(start), `body paragraph starting "${start}" is there`);
      }
      for (const clutter of ['PARTAGER', '-A +A', 'Commentaires', 'En poursuivant votre navigation', 'Les plus lus', 'Publicité']) {
        assert.ok(!r.text.includes(clutter), `no "${clutter}" in the reader`);
      }
    });

    it('highlights the golden file\'s quotations under their speakers, without changing a word', async () => {
      // The reader paints at once; quotations are marked when the digest arrives.
      const quotes = await waitFor(
        () => inReader(page, (root) => [...root.querySelectorAll('q.rl-quote')].map((q) => ({ text: q.textContent, speaker: q.dataset.speaker ?? null }))),
        { accept: (qs) => qs.length > 0, what: 'the quotations to be highlighted', timeout: 10000 },
      );
      assert.equal(quotes.length, SAMPLE.quotes);
      const bySpeaker = {};
      for (const q of quotes) bySpeaker[q.speaker] = (bySpeaker[q.speaker] ?? 0) + 1;
      assert.deepEqual(bySpeaker, SAMPLE.speakers);
      const pageText = await page.evaluate(() => document.body.textContent);
      for (const q of quotes) assert.ok(pageText.includes(q.text), `quotation text "${q.text.slice(0, 40)}…" is the page's own`);
      // The speaker label is drawn by CSS, so the text content stays the article's.
      const label = await inReader(page, (root) => getComputedStyle(root.querySelector('q.rl-quote'), '::after').content);
      assert.ok(label.includes(quotes[0].speaker), `label ${label} names ${quotes[0].speaker}`);
    });

    it('applies size, theme, width, font and line spacing live from the reader controls and keys', async () => {
      const styles = () =>
        inReader(page, (root) => {
          const reader = root.querySelector('.reader');
          const body = root.querySelector('[data-testid=reader-body]');
          const article = root.querySelector('article');
          const cs = getComputedStyle(body);
          return {
            size: cs.fontSize, h1: getComputedStyle(root.querySelector('h1')).fontSize, line: cs.lineHeight,
            bg: getComputedStyle(reader).backgroundColor, font: cs.fontFamily, width: getComputedStyle(article).maxWidth,
            caption: getComputedStyle(root.querySelector('figcaption')).fontSize,
          };
        });
      const base = await styles();
      assert.equal(base.size, '20px');
      const dialog = await page.evaluateHandle(() => document.querySelector('readlens-reader').shadowRoot.querySelector('.reader'));
      await dialog.asElement().focus();
      await page.keyboard.press('+');
      const bigger = await waitFor(styles, { accept: (s) => s.size === '22px', what: '+ to grow the text' });
      assert.ok(px(bigger.h1) > px(base.h1), 'headings scale with the text');
      assert.ok(px(bigger.caption) > px(base.caption), 'captions scale with the text');
      await page.keyboard.press('0');
      await waitFor(styles, { accept: (s) => s.size === '20px', what: '0 to reset' });

      await inReader(page, (root) => root.querySelector('[data-testid=reader-settings]').click());
      const click = (id) => inReader(page, (root, testid) => root.querySelector(`[data-testid="${testid}"]`).click(), id);
      for (const theme of ['light', 'sepia', 'dark']) {
        await click(`reader-theme-${theme}`);
        await waitFor(() => inReader(page, (root) => root.querySelector('.reader').dataset.theme), { accept: (t) => t === theme, what: `theme ${theme}` });
        await screenshot(page, `reader-theme-${theme}`);
      }
      const dark = await styles();
      assert.equal(dark.bg, 'rgb(22, 24, 28)', 'dark theme paints a dark background');
      await click('reader-theme-light');
      await waitFor(styles, { accept: (s) => s.bg === 'rgb(251, 250, 247)', what: 'light background' });

      await click('reader-width-wide');
      await waitFor(styles, { accept: (s) => px(s.width) > px(base.width), what: 'a wider column' });
      await click('reader-font-sans');
      await waitFor(styles, { accept: (s) => /system-ui/.test(s.font), what: 'a sans-serif font' });
      await click('reader-line-2');
      await waitFor(styles, { accept: (s) => px(s.line) === 40, what: 'line spacing 2 (40px at 20px)' });
      // Back to defaults so the other tests start from them.
      for (const id of ['reader-width-medium', 'reader-font-serif', 'reader-line-1.6', 'reader-theme-auto']) await click(id);
      await waitFor(styles, { accept: (s) => px(s.width) === px(base.width) && s.font === base.font, what: 'defaults back' });
    });

    it('turns quotation highlighting off and on from the settings', async () => {
      const bg = () => inReader(page, (root) => getComputedStyle(root.querySelector('q.rl-quote')).backgroundColor);
      const on = await bg();
      assert.notEqual(on, 'rgba(0, 0, 0, 0)');
      await inReader(page, (root) => root.querySelector('[data-testid="reader-quotes-off"]').click());
      await waitFor(bg, { accept: (c) => c === 'rgba(0, 0, 0, 0)', what: 'highlights off' });
      await inReader(page, (root) => root.querySelector('[data-testid="reader-quotes-on"]').click());
      await waitFor(bg, { accept: (c) => c === on, what: 'highlights back on' });
    });

    it('Escape closes it: page HTML, scroll position and focus as before', async () => {
      await page.keyboard.press('Escape');
      await waitFor(() => readerInfo(page), { accept: isClosed, what: 'Escape to close' });
      assert.equal(await outerHTML(page), htmlBefore);
      assert.equal(await page.evaluate(() => window.scrollY), 420);
    });

    it('100 open/close cycles leave no nodes or listeners behind', async () => {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      const metrics = async () => {
        // Several passes: wrappers freed by one collection release the DOM nodes only on the next.
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { metrics: m } = await cdp.send('Performance.getMetrics');
        const get = (n) => m.find((x) => x.name === n)?.value;
        return { nodes: get('Nodes'), listeners: get('JSEventListeners') };
      };
      // One warm-up cycle so lazily created, cached objects are counted in the baseline.
      await chromium.command('toggle-reading-mode');
      await waitFor(() => readerInfo(page), { accept: isOpen, what: 'open' });
      await chromium.command('toggle-reading-mode');
      await waitFor(() => readerInfo(page), { accept: isClosed, what: 'closed' });
      const baseline = await metrics();
      for (let i = 0; i < 100; i++) {
        await chromium.command('toggle-reading-mode');
        await waitFor(() => readerInfo(page), { accept: isOpen, what: `open #${i}`, interval: 10 });
        await chromium.command('toggle-reading-mode');
        await waitFor(() => readerInfo(page), { accept: isClosed, what: `closed #${i}`, interval: 10 });
      }
      const end = await metrics();
      console.log(`# after 100 cycles: nodes ${baseline.nodes} → ${end.nodes}, listeners ${baseline.listeners} → ${end.listeners}`);
      assert.ok(end.listeners <= baseline.listeners, `listeners did not grow (${baseline.listeners} → ${end.listeners})`);
      assert.ok(end.nodes <= baseline.nodes, `nodes did not grow (${baseline.nodes} → ${end.nodes})`);
      assert.equal(await outerHTML(page), htmlBefore);
      await cdp.detach();
    });
  });

  describe('on real pages', () => {
    const pages = [
      { path: '/readability/rtl-1/', check: (r) => assert.equal(r.dir, 'rtl', 'right-to-left article keeps dir=rtl') },
      { path: '/readability/lazy-image-1/', check: (r) => assert.ok(r.images.length > 0 && r.images.every((s) => /^https?:/.test(s)), `lazy images resolved to real URLs: ${r.images.slice(0, 3)}`) },
      { path: '/readability/keep-tabular-data/', check: (r) => assert.ok(r.tables > 0 && r.tables === r.wrappedTables, 'tables kept, each in a horizontal scroller') },
      { path: '/readability/nytimes-1/', check: (r) => assert.ok(r.paragraphs > 5) },
      { path: '/readability/wikipedia/', check: (r) => assert.ok(r.headings > 2, 'section headings kept') },
      { path: '/en-council-vote.html', check: (r) => assert.ok(r.quotes >= 3, `quotations highlighted (${r.quotes})`) },
      { path: '/readability/embedded-videos/', check: (r) => assert.ok(r.embeds > 0 && r.iframes === 0, `video embeds wait for a click (${r.embeds} play buttons, ${r.iframes} iframes)`) },
    ];
    const paintTimes = [];

    for (const { path, check } of pages) {
      it(`opens, shows the article and closes cleanly: ${path}`, async () => {
        const page = await chromium.newTab(server.url(path));
        const before = await outerHTML(page);
        await chromium.clickToolbar(page);
        await chromium.closePopups();
        await page.bringToFront();
        // Time from the gesture reaching the tab to the reader's first paint, measured in the page.
        await page.evaluate(() => {
          window.__rlPaint = new Promise((resolve) => {
            const t0 = performance.now();
            new MutationObserver((_, obs) => {
              if (!document.querySelector('readlens-reader')) return;
              obs.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            }).observe(document.documentElement, { childList: true });
          });
        });
        await chromium.command('toggle-reading-mode');
        const info = await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader', timeout: 10000 });
        paintTimes.push(await page.evaluate(() => window.__rlPaint));
        assert.ok(info.title && info.title.length > 3, 'a title');
        assert.ok(info.bodyTextLength > 300, 'a body');
        const r = await inReader(page, (root) => ({
          dir: root.querySelector('article').dir,
          images: [...root.querySelectorAll('[data-testid=reader-body] img')].map((i) => i.getAttribute('src')),
          tables: root.querySelectorAll('table').length,
          wrappedTables: root.querySelectorAll('.table-scroll > table').length,
          paragraphs: root.querySelectorAll('[data-testid=reader-body] p').length,
          headings: root.querySelectorAll('[data-testid=reader-body] h2, [data-testid=reader-body] h3').length,
          quotes: root.querySelectorAll('q.rl-quote').length,
          embeds: root.querySelectorAll('[data-testid=reader-embed-play]').length,
          iframes: root.querySelectorAll('iframe').length,
          scripts: root.querySelectorAll('script, style:not(:first-child), iframe:not([data-embed]), form').length,
          handlers: [...root.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        }));
        check(r);
        assert.equal(r.handlers, 0, 'no event-handler attributes');
        await screenshot(page, `reader-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`);
        await chromium.command('toggle-reading-mode');
        await waitFor(() => readerInfo(page), { accept: isClosed, what: 'closed' });
        assert.equal(norm(await outerHTML(page)), norm(before));
        assert.equal(await outerHTML(page), before);
        await page.close();
      });
    }

    after(() => {
      const sorted = [...paintTimes].sort((a, b) => a - b);
      if (sorted.length) console.log(`# toggle → reader painted (ms, in page): median ${Math.round(sorted[Math.floor(sorted.length / 2)])}, all ${sorted.map(Math.round).join(', ')}`);
    });
  });
});

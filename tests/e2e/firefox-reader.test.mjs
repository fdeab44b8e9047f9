// Firefox ESR: the reader as a reader uses it — quotations highlighted with their speakers, text size from the popup
// and from the reader's keys, a right-to-left article, and Escape leaving the page exactly as it was.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { BASE_FONT_PX, inReader, isClosed, isOpen, px, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { expectedDigest } from './lib/golden.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const outerHTML = (page) => page.evaluate(() => document.documentElement.outerHTML);

/** Runs in the page: the highlighted quotations and the reader's applied size and direction. */
const readerDetails = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('readlens-reader, [data-readlens-reader]')?.shadowRoot;
    const dialog = root?.querySelector('[data-testid="reader"]');
    if (!root || !dialog) return null;
    return {
      quotes: [...root.querySelectorAll('q.rl-quote')].map((q) => ({ speaker: q.dataset.speaker ?? '', text: q.textContent.trim() })),
      textSize: Number(dialog.dataset.textSize),
      dir: root.querySelector('article')?.dir ?? null,
    };
  });

describe('Firefox ESR: reading the article', () => {
  let server;
  let firefox;
  let page;

  before(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openReader(url) {
    await page.goto(url, { waitUntil: 'load' });
    const htmlBefore = await outerHTML(page);
    const popup = await firefox.clickToolbar(page);
    await popup.settled();
    await popup.click('reading-toggle');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open in Firefox' });
    return { popup, htmlBefore };
  }

  it('the sample: its golden quotations highlighted with their speakers; size from the popup and the reader keys; Escape restores the page', async () => {
    const { popup, htmlBefore } = await openReader(server.url(samplePage));
    const details = await waitFor(() => readerDetails(page), { accept: (d) => d?.quotes.length > 0, what: 'the quotations to be highlighted' });
    const expected = expectedDigest();
    assert.equal(details.quotes.length, expected.quotes, JSON.stringify(details.quotes));
    const bySpeaker = {};
    for (const q of details.quotes) bySpeaker[q.speaker] = (bySpeaker[q.speaker] ?? 0) + 1;
    assert.deepEqual(bySpeaker, expected.speakers);

    await popup.click('size-increase');
    await waitFor(() => readerDetails(page), { accept: (d) => d?.textSize === 110, what: 'the popup size step to reach the reader' });
    assert.equal(px((await readerInfo(page)).bodyFontSize), BASE_FONT_PX * 1.1);
    await firefox.closePopup();

    await page.keyboard.press('+');
    await waitFor(() => readerDetails(page), { accept: (d) => d?.textSize === 120, what: 'the reader key + to reach 120%' });
    await page.keyboard.press('0');
    await waitFor(() => readerDetails(page), { accept: (d) => d?.textSize === 100, what: 'the reader key 0 to reset' });
    await screenshot(page, 'firefox-reader-quotes');

    await page.keyboard.press('Escape');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'Escape to close the reader' });
    assert.equal(await outerHTML(page), htmlBefore, 'page HTML restored');
  });

  it('reading aids and the legible font from the reader panel: letter spacing, justified text, Atkinson Hyperlegible loaded from bytes', async () => {
    await openReader(server.url(samplePage));
    await firefox.closePopup();
    const click = (id) => inReader(page, (root, testid) => root.querySelector(`[data-testid="${testid}"]`).click(), id);
    await click('reader-settings');
    for (const id of ['reader-letter-0.12', 'reader-align-justify', 'reader-font-legible']) await click(id);
    const style = () =>
      inReader(page, (root) => {
        const cs = getComputedStyle(root.querySelector('[data-testid="reader-body"] p'));
        return { letter: cs.letterSpacing, size: cs.fontSize, align: cs.textAlign, family: cs.fontFamily };
      });
    const s = await waitFor(style, { accept: (x) => x && x.align === 'justify' && px(x.letter) > 0, what: 'the aids in Firefox' });
    assert.ok(Math.abs(px(s.letter) - 0.12 * px(s.size)) < 0.3, `letter spacing ${s.letter}`);
    const loaded = () => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible' && f.status === 'loaded'));
    await waitFor(loaded, { what: 'the legible font faces in Firefox', timeout: 10000 });
    // The three choices arrive as separate settings updates: read the family once the faces are in, not with the aids.
    assert.match((await style()).family, /Atkinson Hyperlegible/);
    await screenshot(page, 'firefox-reader-aids');
    for (const id of ['reader-letter-0', 'reader-align-start', 'reader-font-serif']) await click(id);
    await waitFor(style, { accept: (x) => x.align === 'start', what: 'defaults back' });
    await page.keyboard.press('Escape');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'Escape to close the reader' });
  });

  it('a right-to-left article reads right to left', async () => {
    const { popup } = await openReader(server.url('/readability/rtl-1/'));
    const details = await readerDetails(page);
    assert.equal(details.dir, 'rtl');
    assert.ok((await readerInfo(page)).bodyTextLength > 300, 'the article body is shown');
    await popup.click('reading-toggle');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
  });
});

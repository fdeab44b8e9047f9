// Chromium: an Arabic article end to end — the popup's digest names its speakers (the Arabic word lists are fetched
// by the service worker on first use), and the reader reads right to left with every quotation highlighted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { digestInfo } from './lib/popup-probes.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

const outerHTML = (page) => page.evaluate(() => document.documentElement.outerHTML);

describe('Chromium: an Arabic article', () => {
  let server;
  let chromium;
  let page;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url('/ar-farm-plan.html'));
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('popup: summary, and five quotations under their three speakers with roles', async () => {
    const { popup } = await chromium.clickToolbar(page);
    assert.equal((await settledPopup(popup)).state, 'ready');
    const d = await waitFor(() => digestInfo(popup), { accept: (x) => x.speakers.length > 0, what: 'the quotations by speaker' });
    assert.ok(d.summary.length >= 1 && d.summary.length <= 4, `1–4 summary sentences: ${JSON.stringify(d.summary)}`);
    const bySpeaker = Object.fromEntries(d.speakers.map((s) => [s.name, s.quotes.length]));
    assert.deepEqual(bySpeaker, { 'أحمد حسن': 2, 'محمد علي': 2, 'سارة إبراهيم': 1 });
    assert.equal(d.speakers.find((s) => s.name === 'أحمد حسن')?.role, 'وزير الزراعة');
    await screenshot(popup, 'popup-arabic-article');
  });

  it('reader: right to left, the headline, five highlighted quotations; closing restores the page', async () => {
    const htmlBefore = await outerHTML(page);
    const { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open' });
    const r = await waitFor(
      () => page.evaluate(() => {
        const root = document.querySelector('readlens-reader')?.shadowRoot;
        return {
          dir: root?.querySelector('article')?.dir ?? null,
          title: root?.querySelector('[data-testid="reader-title"]')?.textContent.trim() ?? '',
          quotes: [...(root?.querySelectorAll('q.rl-quote') ?? [])].map((q) => q.dataset.speaker ?? ''),
        };
      }),
      { accept: (x) => x.quotes.length > 0, what: 'the quotations to be highlighted' },
    );
    assert.equal(r.dir, 'rtl');
    assert.equal(r.title, 'خطة حكومية بقيمة 500 مليون جنيه لدعم مزارعي الدلتا');
    assert.deepEqual(r.quotes, ['أحمد حسن', 'أحمد حسن', 'محمد علي', 'محمد علي', 'سارة إبراهيم']);
    await chromium.closePopups();
    await page.bringToFront();
    await screenshot(page, 'reader-arabic-article');
    await page.keyboard.press('Escape');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
    assert.equal(await outerHTML(page), htmlBefore);
  });
});

// Chromium: Readlens's own contexts (service worker, offscreen document, popup, content script) log no error and make
// no network request through a whole session, on the sample and on a Czech page full of inline event handlers and a
// <base href> (each of which an extension page's CSP would report if it parsed them).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { digestInfo } from './lib/popup-probes.mjs';
import { ExtensionErrors } from './lib/extension-errors.mjs';
import { isClosed, isOpen, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { waitFor } from './lib/wait.mjs';

describe('Chromium: a clean console', () => {
  let server;
  let chromium;
  let errors;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    errors = new ExtensionErrors(chromium);
    errors.start();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  for (const [path, lang] of [['/cs-inline-handlers.html', 'cs'], [samplePage, 'fr']]) {
    it(`${path}: popup digest, reader on and off, and not one error from the extension`, async () => {
      const page = await chromium.newTab(server.url(path));
      const pageCounts = { pageErrors: 0 };
      const cdp = await errors.watchPage(page, pageCounts);
      const { popup } = await chromium.clickToolbar(page);
      assert.equal((await settledPopup(popup)).state, 'ready');
      const digest = await waitFor(() => digestInfo(popup), { accept: (d) => d.summary.length > 0, what: 'the digest summary' });
      assert.ok(digest.summary.length <= 4, `a summary of the ${lang} article: 1–4 sentences`);
      await popup.click('[data-testid="reading-toggle"]');
      await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open' });
      await popup.click('[data-testid="reading-toggle"]');
      await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
      await chromium.closePopups();
      // Let late console messages (the offscreen document answers asynchronously) arrive before looking.
      await new Promise((r) => setTimeout(r, 500));
      await cdp.detach();
      const problems = errors.take().filter((e) => e.level !== 'warning');
      assert.deepEqual(problems.map((e) => `[${e.context}] ${e.text}`), []);
      await page.close();
    });
  }
});

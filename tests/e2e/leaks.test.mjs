// Chromium: 200 reader open/close cycles on a heavy page leave the page's listeners, nodes and JS heap where they
// were (DevTools protocol metrics after forced GC), and however often the toolbar is clicked the script runs once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHardServer } from './lib/hard-server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { closeWithCommand, openFromPopup, probeReaderText, worldEval } from './lib/hard-pages.mjs';
import { waitFor } from './lib/wait.mjs';

const CYCLES = 200;
/**
 * The bound on JS heap growth over the cycles, after the warm-up cycles. Measured ~4.3%: a heap-snapshot diff shows it
 * is V8 compiled code (InstructionStream, FeedbackVector) for functions that turn hot during the cycles, and it stops
 * growing after ~100 cycles; retained JS objects/arrays change by a few dozen entries.
 */
const MAX_HEAP_GROWTH = 0.05;
/** Cycles run before the baseline is taken, so one-time JIT compilation is not counted as growth. */
const WARM_UP_CYCLES = 10;
const readerNow = (page) => worldEval(page, probeReaderText);

/** Page metrics after three full garbage collections: { listeners, nodes, heapUsed, documents }. */
async function settledMetrics(client) {
  for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
  const { metrics } = await client.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { listeners: m.JSEventListeners, nodes: m.Nodes, heapUsed: m.JSHeapUsedSize, documents: m.Documents };
}

describe('Chromium: leaks over 200 open/close cycles on a heavy page', () => {
  let server;
  let chromium;
  let page;
  let client;
  let tabId;
  let firstPing;

  before(async () => {
    server = await startHardServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url('/hard/gen/heavy.html'));
    client = await page.createCDPSession();
    await client.send('Performance.enable');
  });

  after(async () => {
    await client?.detach().catch(() => {});
    await chromium?.close();
    await server?.close();
  });

  it('many toolbar clicks inject the content script once (same instance, one run)', async () => {
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    assert.ok(nodes > 4000, `the page is heavy (${nodes} elements)`);
    const seen = new Set();
    for (let i = 0; i < 6; i++) {
      const clicked = await chromium.clickToolbar(page);
      tabId = clicked.tabId;
      assert.equal((await settledPopup(clicked.popup)).state, 'ready');
      const ping = await chromium.ping(tabId);
      seen.add(ping.instanceId);
      assert.equal(ping.injections, 1, `click ${i + 1}: the script ran once`);
    }
    await chromium.closePopups();
    assert.equal(seen.size, 1, 'one content-script instance across the clicks');
    firstPing = await chromium.ping(tabId);
    console.log(`leaks: ${6} toolbar clicks → ${seen.size} instance, injections ${firstPing.injections}; page of ${nodes} elements`);
  });

  it(`${CYCLES} open/close cycles: listeners and nodes back to baseline, heap growth < 5%`, async () => {
    // Warm-up: the first open builds what is kept on purpose (the extracted article, the digest, settings); a few
    // more cycles let V8 compile the code that turns hot, a one-time cost that is not a leak (see MAX_HEAP_GROWTH).
    await openFromPopup(chromium, page, () => readerNow(page));
    await closeWithCommand(chromium, page, () => readerNow(page));
    await chromium.swEval(async (cycles) => {
      for (let i = 0; i < cycles * 2; i++) await globalThis.readlensDebug.command('toggle-reading-mode');
    }, WARM_UP_CYCLES);
    // The baseline is the page with no reader: the last close's host may still be leaving when the command returns
    // (a CI run once measured its 334 nodes and 3 listeners into the baseline, then found them gone at the end).
    await waitFor(() => readerNow(page), { accept: (r) => r.hostCount === 0, what: 'the reader to be closed after the warm-up' });
    const baseline = await settledMetrics(client);

    // Every cycle goes through the keyboard command's handler (the background's real toggle), awaited to completion;
    // the content script's own state is checked after each toggle.
    const result = await chromium.swEval(
      async (id, cycles) => {
        const wrong = [];
        for (let i = 0; i < cycles; i++) {
          for (const want of [true, false]) {
            await globalThis.readlensDebug.command('toggle-reading-mode');
            const ping = await globalThis.readlensDebug.ping(id);
            if (ping?.readerOpen !== want) wrong.push({ cycle: i, want, got: ping?.readerOpen ?? null });
          }
        }
        return { wrong };
      },
      tabId,
      CYCLES,
    );
    assert.deepEqual(result.wrong, [], 'every toggle opened or closed the reader');
    const reader = await waitFor(() => readerNow(page), { accept: (r) => r.hostCount === 0, what: 'the reader to be closed after the cycles' });
    assert.equal(reader.hostCount, 0);

    const end = await settledMetrics(client);
    const growth = (end.heapUsed - baseline.heapUsed) / baseline.heapUsed;
    console.log(
      `leaks: ${CYCLES} cycles — listeners ${baseline.listeners} → ${end.listeners}, nodes ${baseline.nodes} → ${end.nodes}, ` +
        `documents ${baseline.documents} → ${end.documents}, JS heap ${(baseline.heapUsed / 1e6).toFixed(2)} MB → ${(end.heapUsed / 1e6).toFixed(2)} MB ` +
        `(${(growth * 100).toFixed(2)}%)`,
    );
    assert.equal(end.listeners, baseline.listeners, 'page event listeners back to baseline');
    assert.ok(end.nodes <= baseline.nodes, `DOM nodes back to baseline (${baseline.nodes} → ${end.nodes})`);
    assert.ok(growth < MAX_HEAP_GROWTH, `JS heap grew ${(growth * 100).toFixed(2)}% (limit ${MAX_HEAP_GROWTH * 100}%)`);

    const lastPing = await chromium.ping(tabId);
    assert.equal(lastPing.instanceId, firstPing.instanceId, 'still the same content-script instance');
    assert.equal(lastPing.injections, 1);
    assert.deepEqual(await chromium.tabState(tabId), { reading: false, injected: true });
    assert.equal(await chromium.badge(tabId), '');
  });
});

// One page of the sweep, as a reader would go: open it, click the toolbar, read the popup's digest, switch reading
// mode on, look at the reader, switch it off, and check the page's HTML is back as it was. Fills `rec` as it goes,
// so a page that runs out of time still reports how far it got (`rec.stage`).
import { settledPopup } from '../../e2e/lib/chromium.mjs';
import { digestInfo } from '../../e2e/lib/popup-probes.mjs';
import { isClosed, isOpen, norm, readerInfo } from '../../e2e/lib/reader.mjs';
import { waitFor } from '../../e2e/lib/wait.mjs';
import { armPaintWatch, armToggleWatch, paintTimes, popupDone, probeHighlights, probeSweepPopup, toggleAnswered } from './probes.mjs';

const outerHTML = (tab) => tab.evaluate(() => document.documentElement.outerHTML);

/** Where two HTML strings part: the first differing offset and each side's differing middle (clipped). */
export function htmlDiff(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const clip = (s) => s.slice(Math.max(0, start - 60), s.length - end).slice(0, 400);
  return { at: start, lengthBefore: a.length, lengthAfter: b.length, before: clip(a), after: clip(b) };
}

/** Only requests to our loopback server (and non-network schemes) go through: the sweep never touches the network. */
async function blockRemote(tab, origin, counts) {
  await tab.setRequestInterception(true);
  tab.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (url.startsWith(origin + '/') || /^(data|blob|about|chrome-extension):/.test(url)) void req.continue().catch(() => {});
    else if (req.isNavigationRequest() && req.frame() === tab.mainFrame()) {
      // A page that sends itself elsewhere (geo or consent redirects) would land on an error page: a 204 answer
      // cancels the navigation and leaves the page where it is.
      counts.navigationsStopped += 1;
      void req.respond({ status: 204, body: '' }).catch(() => {});
    } else {
      counts.blocked += 1;
      void req.abort('blockedbyclient').catch(() => {});
    }
  });
}

/** Wait until outerHTML holds still over 250 ms (true), or `maxMs` passes (false). */
async function quietDom(tab, maxMs) {
  const end = Date.now() + maxMs;
  let last = await outerHTML(tab);
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await outerHTML(tab);
    if (now === last) return true;
    last = now;
  }
  return false;
}

/** Click the popup's reading switch and wait for the background's answer (the switch goes busy, then free). */
async function clickSwitch(popup, timeout) {
  await popup.evaluate(armToggleWatch);
  const clickedAt = Date.now();
  await popup.click('[data-testid="reading-toggle"]');
  await waitFor(() => popup.evaluate(toggleAnswered), { timeout, what: 'the switch to answer' });
  return clickedAt;
}

/** The digest as the sweep keeps it: language, summary size, facts by kind, quotations and speakers. */
function digestSummary(d, p) {
  const byKind = {};
  for (const f of d.facts) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const buttons = d.speakers.flatMap((s) => s.quotes);
  return {
    lang: p.lang,
    summarySentences: d.summary.length,
    facts: { total: d.facts.length, byKind, more: p.factsMore },
    quotes: Number.parseInt(String(d.quotesCount ?? '').replace(/\D/g, ''), 10) || 0,
    quoteButtons: buttons.length,
    speakers: d.speakers.map((s) => ({ name: s.name, role: s.role, quotes: s.quotes.length })),
    quoteTexts: Object.fromEntries(buttons.map((q) => [q.index, q.text])),
  };
}

export async function visitPage({ chromium, errors, origin, page, rec, ctx }) {
  const counts = { blocked: 0, navigationsStopped: 0, pageErrors: 0 };
  rec.counts = counts;
  ctx.stage('open');
  const tab = await chromium.browser.newPage();
  ctx.tab = tab;
  tab.on('dialog', (d) => void d.dismiss().catch(() => {}));
  await errors.watchPage(tab, counts);
  await blockRemote(tab, origin, counts);
  const loadStarted = Date.now();
  try {
    await tab.goto(origin + page.route, { waitUntil: 'load', timeout: ctx.left() / 2 });
    rec.load = { ms: Date.now() - loadStarted, complete: true };
  } catch (err) {
    // A page whose load never fires is still a page a reader could try the extension on.
    rec.load = { ms: Date.now() - loadStarted, complete: false, error: err.message };
  }
  await tab.bringToFront();
  // Load-time scripts (emoji loaders, ad baits) still edit the DOM just after load: start from a quiet page, so the
  // HTML checks below see the extension's doing rather than theirs. Bounded: a page that never settles goes on.
  rec.load.quiet = await quietDom(tab, Math.min(ctx.left() / 4, 3000));
  const html0 = await outerHTML(tab);
  // How long the visit's snapshots span: a control visit watches the page that long without the extension.
  const snapAt = Date.now();
  rec.snapshots = { popupMs: null, offMs: null };

  ctx.stage('popup');
  const clickedAt = Date.now();
  const { popup } = await chromium.clickToolbar(tab);
  ctx.popup = popup;
  await settledPopup(popup, ctx.left());
  const p = await waitFor(() => popup.evaluate(probeSweepPopup), { accept: popupDone, timeout: ctx.left(), what: 'the digest' });
  const d = p.digestState === 'ready' ? await digestInfo(popup) : null;
  rec.popup = {
    state: p.state === 'ready' && p.notArticle ? 'not-article' : p.state,
    digestState: p.digestState,
    message: p.message,
    title: d?.title ?? null,
    settleMs: Date.now() - clickedAt,
  };
  rec.digest = d ? digestSummary(d, p) : null;
  if (p.state !== 'ready') return;

  ctx.stage('reader-on');
  const html1 = await outerHTML(tab);
  rec.snapshots.popupMs = Date.now() - snapAt;
  // The popup only reads the page: its analysis must leave the DOM as it was (a page's own scripts may not).
  rec.htmlChangedBeforeReader = html1 !== html0;
  if (rec.htmlChangedBeforeReader) rec.htmlBeforeReaderDiff = htmlDiff(html0, html1);
  await tab.evaluate(armPaintWatch);
  const onAt = await clickSwitch(popup, ctx.left());
  const info = await readerInfo(tab);
  const after = await popup.evaluate(probeSweepPopup);
  rec.reader = { opened: isOpen(info), notice: after.notice, switchOn: after.toggleChecked === 'true', hosts: info.hostCount };
  if (!isOpen(info)) return;
  rec.reader.title = norm(info.title);
  rec.reader.bodyTextLength = info.bodyTextLength;
  // A tab that paints no frames (hidden) leaves paintedAt null: the time is then not known, not a failure.
  const wait = Math.min(ctx.left() / 2, 5000);
  const painted = await waitFor(() => tab.evaluate(paintTimes), { accept: (t) => t?.paintedAt, timeout: wait, what: 'the reader to paint' }).catch(() => tab.evaluate(paintTimes));
  rec.reader.insertMs = painted?.insertedAt ? Math.round(painted.insertedAt - onAt) : null;
  rec.reader.paintMs = painted?.paintedAt ? Math.round(painted.paintedAt - onAt) : null;

  ctx.stage('highlights');
  // Highlights come when the reader's digest arrives: wait for the popup's count, and take what is there if it never comes.
  const want = rec.digest?.quotes ?? null;
  let h = await tab.evaluate(probeHighlights);
  if (want !== null && h?.count !== want) {
    h = await waitFor(() => tab.evaluate(probeHighlights), { accept: (x) => x?.count === want, timeout: Math.min(ctx.left() / 2, 5000), what: 'highlights' }).catch(() =>
      tab.evaluate(probeHighlights),
    );
  }
  rec.highlights = h && { ...h, expected: want };
  if (h && rec.digest) {
    // Each highlight must hold its quotation's words (the highlight adds the marks): a count can match while
    // highlights sit on the wrong words.
    const quotes = Object.entries(rec.digest.quoteTexts).map(([i, text]) => ({ index: Number(i), text }));
    rec.highlights.missing = quotes.filter((q) => h.texts[q.index] === undefined);
    rec.highlights.misplaced = quotes
      .filter((q) => h.texts[q.index] !== undefined && !h.texts[q.index].includes(q.text))
      .map((q) => ({ ...q, highlighted: h.texts[q.index] }));
  }

  ctx.stage('reader-off');
  await clickSwitch(popup, ctx.left());
  const closed = await waitFor(() => readerInfo(tab), { accept: isClosed, timeout: ctx.left(), what: 'the reader to close' }).catch(() => null);
  rec.reader.closed = closed !== null;
  const html2 = await outerHTML(tab);
  rec.snapshots.offMs = Date.now() - snapAt;
  rec.html = { restored: html2 === html1 };
  if (!rec.html.restored) {
    rec.html.diff = htmlDiff(html1, html2);
    // Look again a moment later: a page that keeps changing by itself is told apart from one left changed.
    await new Promise((r) => setTimeout(r, 1000));
    const html3 = await outerHTML(tab);
    rec.html.stillChanging = html3 !== html2;
    rec.html.restoredLater = html3 === html1;
  }
  ctx.stage('done');
}

/**
 * Control for a page whose HTML changed during the visit: load it again in a fresh tab, touch nothing, and sample
 * outerHTML every 100 ms for as long as the visit's snapshots took, plus a second and a half for scripts that run
 * late. If it changes there too, the page's own scripts change it (ads, consent banners, timers).
 */
export async function pageChangesByItself({ chromium, origin, page, spanMs }) {
  const tab = await chromium.browser.newPage();
  try {
    tab.on('dialog', (d) => void d.dismiss().catch(() => {}));
    await blockRemote(tab, origin, { blocked: 0, navigationsStopped: 0 });
    await tab.goto(origin + page.route, { waitUntil: 'load', timeout: 15000 }).catch(() => {});
    const end = Date.now() + spanMs + 1500;
    let last = await outerHTML(tab);
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      const now = await outerHTML(tab);
      if (now !== last) return { changes: true, diff: htmlDiff(last, now) };
      last = now;
    }
    return { changes: false };
  } finally {
    await tab.close().catch(() => {});
  }
}

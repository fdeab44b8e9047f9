// Chromium: the popup's article-at-a-glance on the sample and two English pages — real toolbar click, digest, reveal in the reader,
// text size, Markdown export, light/dark/French screenshots, and the time from popup open to digest (median of 10) with the bundle size.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { copiedMarkdown, digestInfo, downloadedMarkdown, popupLuminance, quoteInReader, readerScroll } from './lib/popup-probes.mjs';
import { popupBundle } from './lib/popup-bundle.mjs';
import { BASE_FONT_PX, isClosed, isOpen, norm, pageHeadline, percent, px, readerInfo } from './lib/reader.mjs';
import { artifactsDir, repoRoot, samplePage } from './lib/paths.mjs';
import { expectedDigest } from './lib/golden.mjs';
import { waitFor } from './lib/wait.mjs';

const ENGLISH_PAGES = ['/en-council-vote.html', '/en-harbour-storm.html'];
/** The sample's people and who said its quotations, from its golden file. */
const SAMPLE = expectedDigest();
/** Chrome's popup size limits: the popup must be usable inside them. */
const POPUP = { width: 380, height: 600 };

const messages = (lang) => JSON.parse(fs.readFileSync(path.join(repoRoot, `src/static/_locales/${lang}/messages.json`), 'utf8'));
const waitDigest = (popup, timeout = 20000) =>
  waitFor(() => digestInfo(popup), { accept: (i) => i.digestState !== null, timeout, what: 'the popup digest' });

/** A screenshot of the popup as Chrome would frame it: 380 px wide, up to 600 px tall. */
async function popupShot(popup, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const height = Math.min(POPUP.height, await popup.evaluate(() => document.documentElement.scrollHeight));
  const file = path.join(artifactsDir, `${name}.png`);
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: file, clip: { x: 0, y: 0, width: POPUP.width, height } });
  return file;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('Chromium popup: the article at a glance', () => {
  let server;
  let chromium;
  let sample;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    sample = await chromium.newTab(server.url(samplePage));
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('sample: title, 1–4 summary sentences, the golden file\'s people with roles and quotations under their speakers', async () => {
    const { popup } = await chromium.clickToolbar(sample);
    const info = await waitDigest(popup);
    assert.equal(info.state, 'ready');
    assert.equal(info.digestState, 'ready');
    assert.equal(norm(info.title), norm(await pageHeadline(sample)), 'popup title is the article headline');
    assert.ok(info.summary.length >= 1 && info.summary.length <= 4, `1–4 summary sentences, got ${info.summary.length}`);
    assert.ok(info.summary.every((s) => s.length > 20), 'summary sentences are sentences');
    assert.equal(info.summarySource, 'readlens', 'the Readlens summary is shown and labelled');

    const people = info.facts.filter((f) => f.kind === 'people');
    for (const name of SAMPLE.people) {
      const person = people.find((p) => p.label === name);
      assert.ok(person, `${name} is among the people (${people.map((p) => p.label).join(', ')})`);
      assert.ok(person.detail && person.detail.length > 3, `${name} has a role`);
    }
    const total = info.speakers.reduce((n, s) => n + s.quotes.length, 0);
    assert.equal(total, SAMPLE.quotes, `${SAMPLE.quotes} quotations`);
    assert.equal(info.quotesCount, String(SAMPLE.quotes), 'count in the section header');
    assert.deepEqual(
      Object.fromEntries(info.speakers.map((s) => [s.name, s.quotes.length])),
      SAMPLE.speakers,
      'quotations grouped under their speakers',
    );
    assert.ok(info.speakers.every((s) => s.role), 'each speaker shows a role');
    assert.ok(info.bodyScrollWidth <= POPUP.width, `no horizontal scroll at ${POPUP.width} px (content ${info.bodyScrollWidth} px)`);
    assert.ok(info.bodyWidth <= POPUP.width);
    console.log(`screenshot: ${path.relative(repoRoot, await popupShot(popup, 'popup-digest-light'))}`);
  });

  it('English pages: headline, 1–4 summary sentences, facts, quotations counted and grouped', async () => {
    for (const p of ENGLISH_PAGES) {
      const page = await chromium.newTab(server.url(p));
      const { popup } = await chromium.clickToolbar(page);
      const info = await waitDigest(popup);
      assert.equal(info.digestState, 'ready', `${p}: digest ready`);
      assert.equal(norm(info.title), norm(await pageHeadline(page)), `${p}: popup title is the headline`);
      assert.ok(info.summary.length >= 1 && info.summary.length <= 4, `${p}: 1–4 summary sentences, got ${info.summary.length}`);
      assert.ok(info.facts.some((f) => f.kind === 'people'), `${p}: people listed`);
      const quotes = info.speakers.flatMap((s) => s.quotes);
      assert.ok(quotes.length > 0, `${p}: quotations listed`);
      assert.equal(info.quotesCount, String(quotes.length), `${p}: header counts the quotations`);
      assert.deepEqual([...quotes.map((q) => q.index)].sort((a, b) => a - b), quotes.map((_, i) => i), `${p}: each quotation once`);
      assert.equal(new Set(info.speakers.map((s) => s.name)).size, info.speakers.length, `${p}: one group per speaker`);
      assert.ok(info.bodyScrollWidth <= POPUP.width, `${p}: no horizontal scroll`);
      await popupShot(popup, `popup-digest-${path.basename(p, '.html')}`);
      await page.close();
    }
  });

  it('clicking a quotation opens the reader scrolled to it; the switch follows', async () => {
    await sample.bringToFront();
    assert.ok(isClosed(await readerInfo(sample)), 'reader closed before the click');
    const { popup } = await chromium.clickToolbar(sample);
    const info = await waitDigest(popup);
    // The last quotation sits far down the article: reaching it needs a scroll.
    const last = info.speakers.flatMap((s) => s.quotes).sort((a, b) => b.index - a.index)[0];
    await popup.click(`[data-testid="quote"][data-quote-index="${last.index}"]`);
    await waitFor(() => readerInfo(sample), { accept: isOpen, what: 'the reader to open' });
    const seen = await waitFor(() => quoteInReader(sample, last.index), { accept: (q) => q.inView, timeout: 8000, what: `quotation ${last.index} in view` });
    // The reader's <q> may keep the article's own quote marks around the words the popup shows.
    assert.ok(norm(seen.text).includes(norm(last.text)), `the reader shows the clicked quotation ("${seen.text.slice(0, 40)}…")`);
    assert.ok(seen.scrollTop > 0, 'the reader scrolled to reach it');
    await waitFor(() => popup.$eval('[data-testid="reading-toggle"]', (b) => b.getAttribute('aria-checked')), {
      accept: (v) => v === 'true', what: 'the switch to show reading on',
    });

    // A fact jumps to its sentence: the reader scrolls and flashes it.
    const people = await popup.$$('[data-testid="fact"][data-kind="people"]');
    const before = await readerScroll(sample);
    await people[0].click();
    const flash = await waitFor(() => readerScroll(sample), { accept: (r) => r.flashing && r.scrollTop !== before.scrollTop, timeout: 8000, what: 'the fact to flash' });
    assert.ok(flash.flashing);
  });

  it('changing the size in the popup changes the reader font size (buttons and slider)', async () => {
    const { popup } = await chromium.clickToolbar(sample);
    await waitDigest(popup);
    assert.ok(isOpen(await readerInfo(sample)), 'reader still open');
    const size = () => popup.$eval('[data-testid="size-value"]', (e) => e.textContent);
    const start = percent(await size());
    await popup.click('[data-testid="size-increase"]');
    const up = await waitFor(size, { accept: (v) => percent(v) > start, what: 'the size to go up' });
    await waitFor(() => readerInfo(sample), { accept: (r) => px(r.bodyFontSize) === (BASE_FONT_PX * percent(up)) / 100, what: 'the reader to follow A+' });

    // Keyboard on the slider: End goes to the largest step.
    await popup.focus('[data-testid="size-slider"]');
    await popup.keyboard.press('End');
    const max = await waitFor(size, { accept: (v) => percent(v) > percent(up), what: 'the slider to reach the top' });
    await waitFor(() => readerInfo(sample), { accept: (r) => px(r.bodyFontSize) === (BASE_FONT_PX * percent(max)) / 100, what: 'the reader to follow the slider' });

    await popup.click('[data-testid="size-reset"]');
    await waitFor(size, { accept: (v) => percent(v) === 100, what: 'reset to 100%' });
    await waitFor(() => readerInfo(sample), { accept: (r) => px(r.bodyFontSize) === BASE_FONT_PX, what: 'the reader back to the base size' });
  });

  it('the Markdown export (copy and download) holds title, URL, date, summary, facts and quotations', async () => {
    const { popup } = await chromium.clickToolbar(sample);
    const info = await waitDigest(popup);
    const md = await copiedMarkdown(popup);
    assert.ok(md.startsWith(`# ${info.title.slice(0, 20)}`), 'starts with the title');
    assert.ok(md.includes(sample.url()), 'has the URL');
    assert.match(md, /2016/, 'has the publish date');
    for (const s of info.summary) assert.ok(md.includes(s.slice(0, 40)), `summary sentence "${s.slice(0, 30)}…"`);
    for (const name of SAMPLE.people) assert.ok(md.includes(name), `fact ${name}`);
    for (const s of info.speakers) {
      assert.ok(md.includes(`### ${s.name}`), `speaker heading ${s.name}`);
      for (const q of s.quotes) assert.ok(md.includes(`> ${q.text.slice(0, 30)}`), `quotation "${q.text.slice(0, 30)}…"`);
    }
    const file = await downloadedMarkdown(popup);
    assert.equal(file.text, md, 'the download holds the same Markdown');
    assert.match(file.fileName, /^[a-z0-9-]+\.md$/);
    assert.match(file.type, /^text\/markdown/);
  });

  it('dark mode follows the system', async () => {
    const { popup } = await chromium.clickToolbar(sample);
    await waitDigest(popup);
    const light = await popupLuminance(popup);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await popupLuminance(popup);
    assert.ok(light > 0.8 && dark < 0.2, `light ${light.toFixed(2)} / dark ${dark.toFixed(2)} backgrounds`);
    console.log(`screenshot: ${path.relative(repoRoot, await popupShot(popup, 'popup-digest-dark'))}`);
  });

  it('a page that is not an article: the notice and "open anyway"', async () => {
    const page = await chromium.newTab(server.url('/state/plain.txt'));
    const { popup } = await chromium.clickToolbar(page);
    await waitFor(() => popup.$('[data-testid="not-article"], [data-testid="digest"]'), { timeout: 10000, what: 'the popup to decide' });
    assert.ok(await popup.$('[data-testid="not-article"]'), 'the not-an-article notice');
    assert.ok(await popup.$('[data-testid="open-anyway"]'), 'with "open anyway"');
    await popupShot(popup, 'popup-not-article');
    await page.close();
  });

  it('measures: popup open → digest shown on the sample (median of 10), and the popup bundle size', async () => {
    await sample.bringToFront();
    const wall = [];
    const marks = [];
    for (let i = 0; i < 10; i++) {
      await chromium.closePopups();
      const t0 = performance.now();
      const { popup } = await chromium.clickToolbar(sample);
      await popup.waitForSelector('[data-testid="digest"][data-state="ready"]', { timeout: 20000 });
      wall.push(performance.now() - t0);
      // The popup marks the moment the digest is on screen, timed from its own navigation start. The mark is set in
      // an effect, which runs after the frame that shows the digest: wait for it rather than race it.
      await popup.waitForFunction(() => performance.getEntriesByName('readlens:digest-shown').length > 0, { timeout: 5000 }).catch(() => undefined);
      marks.push(await popup.evaluate(() => performance.getEntriesByName('readlens:digest-shown')[0]?.startTime ?? Number.NaN));
    }
    assert.ok(marks.every(Number.isFinite), 'each popup marked the digest');
    console.log(`popup open → digest shown (sample, n=10): median ${median(marks).toFixed(0)} ms in the popup (navigation start → digest), median ${median(wall).toFixed(0)} ms from the toolbar click`);
    const bundle = popupBundle();
    assert.ok(bundle.files.length > 0);
    console.log(`popup bundle: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzip / 1024).toFixed(1)} KB gzip (${bundle.files.map((f) => f.file).join(', ')})`);
  });
});

describe('Chromium popup in French', () => {
  let server;
  let chromium;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium({ lang: 'fr' });
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('every section heading and the date come in French', async () => {
    const fr = messages('fr');
    const page = await chromium.newTab(server.url(samplePage));
    const { popup } = await chromium.clickToolbar(page);
    const info = await waitDigest(popup);
    assert.equal(info.digestState, 'ready');
    for (const key of ['summaryTitle', 'factsTitle', 'quotesTitle']) {
      assert.ok(info.headings.some((h) => h.startsWith(fr[key].message)), `heading "${fr[key].message}" (${info.headings.join(' | ')})`);
    }
    const date = await popup.$eval('[data-testid="page-date"]', (e) => e.textContent);
    assert.equal(date, new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2016, 9, 26))), 'date in French');
    assert.ok(info.bodyScrollWidth <= POPUP.width, 'French strings fit without horizontal scroll');
    console.log(`screenshot: ${path.relative(repoRoot, await popupShot(popup, 'popup-digest-fr'))}`);
  });
});

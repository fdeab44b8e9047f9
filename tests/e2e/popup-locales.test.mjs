// Chromium with its UI in Arabic, then German: the popup speaks the language and reads its way (right to left in
// Arabic, mirrored switch included) without horizontal overflow, while the French sample's own text stays left to
// right; in Arabic the options page, the reader's toolbar and its "open anyway?" bar are right to left too, the
// article still left to right.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { digestInfo } from './lib/popup-probes.mjs';
import { isOpen, readerInfo } from './lib/reader.mjs';
import { repoRoot, samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

/** A product page Readability itself labels not-readerable (tests/fixtures/readability). */
const NOT_ARTICLE = '/readability/mozilla-2/';

const messages = (locale) => JSON.parse(fs.readFileSync(path.join(repoRoot, `src/static/_locales/${locale}/messages.json`), 'utf8'));
const waitDigest = (popup) => waitFor(() => digestInfo(popup), { accept: (i) => i.digestState !== null, timeout: 20000, what: 'the popup digest' });

/** Runs in the popup: its language and direction, overflow, and where the switch sits beside its label. */
function probeLayout() {
  const box = (sel) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
  const sw = box('[data-testid="reading-toggle"]');
  const label = box('.row-label');
  const title = document.querySelector('[data-testid="page-title"]');
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.querySelector('[data-testid="popup"]')).direction,
    titleDirection: title ? getComputedStyle(title).direction : null,
    overflow: {
      body: [document.body.scrollWidth, document.body.clientWidth],
      root: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    },
    switchSide: sw && label ? (sw.right <= label.left ? 'left' : sw.left >= label.right ? 'right' : 'overlap') : null,
  };
}

/** Screenshots the popup's top, then its quotations scrolled into view: returns the first file. */
async function popupShots(popup, name) {
  const top = await screenshot(popup, name);
  await popup.evaluate(() => document.querySelector('[data-testid="speaker-group"]')?.scrollIntoView({ block: 'start' }));
  await screenshot(popup, `${name}-quotes`);
  await popup.evaluate(() => window.scrollTo(0, 0));
  return top;
}

/** Opens the sample in a new tab and its popup once the digest is in; returns the tab, popup, digest and layout. */
async function samplePopup(chromium, server) {
  const page = await chromium.newTab(server.url(samplePage));
  const { popup } = await chromium.clickToolbar(page);
  const info = await waitDigest(popup);
  return { page, popup, info, layout: await popup.evaluate(probeLayout) };
}

function assertFits({ overflow }, what) {
  assert.ok(overflow.body[0] <= overflow.body[1], `${what}: body ${overflow.body[0]} px wide content in ${overflow.body[1]} px`);
  assert.ok(overflow.root[0] <= overflow.root[1], `${what}: document ${overflow.root[0]} px wide content in ${overflow.root[1]} px`);
}

/**
 * The sample's popup in `locale`: its language, direction `dir` on the page and its frame, the locale's section headings,
 * the switch at the row's end (left when right to left), no horizontal overflow; the French title keeps LTR. Screenshots it.
 */
async function checkPopup(chromium, server, locale, dir) {
  const { popup, info, layout } = await samplePopup(chromium, server);
  assert.equal(info.digestState, 'ready');
  assert.equal(layout.lang.split('-')[0], locale);
  assert.equal(layout.dir, dir);
  assert.equal(layout.direction, dir);
  const m = messages(locale);
  for (const key of ['summaryTitle', 'factsTitle', 'quotesTitle']) {
    assert.ok(info.headings.some((h) => h.startsWith(m[key].message)), `${locale} heading "${m[key].message}" (${info.headings.join(' | ')})`);
  }
  assert.equal(layout.switchSide, dir === 'rtl' ? 'left' : 'right', 'the switch sits at the end of its row');
  assert.equal(layout.titleDirection, 'ltr', "the French article's title keeps its own direction");
  assertFits(layout, `${locale} popup`);
  console.log(`screenshot: ${path.relative(repoRoot, await popupShots(popup, `popup-locale-${locale}`))}`);
}

/** For the enclosing describe: the fixture server and a Chromium whose UI is in `lang`, as `session.server` and `session.chromium`. */
function sessionIn(lang) {
  const session = {};
  before(async () => {
    session.server = await startServer();
    session.chromium = await launchChromium({ lang });
  });
  after(async () => {
    await session.chromium?.close();
    await session.server?.close();
  });
  return session;
}

describe('Chromium UI in Arabic: right to left', () => {
  const session = sessionIn('ar');

  it('popup: dir=rtl, Arabic headings, switch mirrored, no horizontal overflow; the French title stays LTR', async () => {
    await checkPopup(session.chromium, session.server, 'ar', 'rtl');
  });

  it('options page: dir=rtl, Arabic title, no horizontal overflow', async () => {
    const { chromium } = session;
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.ext.id}/src/options/index.html`, { waitUntil: 'load' });
    await options.waitForSelector('[data-testid="opt-theme-dark"]', { timeout: 10000 });
    const page = await options.evaluate(() => ({
      dir: document.documentElement.dir,
      title: document.querySelector('h1')?.textContent,
      overflow: { body: [document.body.scrollWidth, document.body.clientWidth], root: [document.documentElement.scrollWidth, document.documentElement.clientWidth] },
    }));
    assert.equal(page.dir, 'rtl');
    assert.equal(page.title, messages('ar').optionsTitle.message);
    assertFits(page, 'Arabic options page');
    // The viewport only: a full-page capture of a right-to-left page comes out shifted sideways.
    await screenshot(options, 'options-locale-ar');
    await options.close();
  });

  it('reader: the toolbar reads right to left (close button on the left), the French article left to right; the switch is on at its left end', async () => {
    const { chromium, server } = session;
    const { page, popup } = await samplePopup(chromium, server);
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open' });
    // Switched on, the knob has moved to the switch's left end (mirrored), once its short transition is over.
    const knobSide = () =>
      popup.evaluate(() => {
        const sw = document.querySelector('[data-testid="reading-toggle"]');
        const k = sw?.querySelector('.knob')?.getBoundingClientRect();
        const s = sw?.getBoundingClientRect();
        if (!k || !s || sw.getAttribute('aria-checked') !== 'true') return null;
        return k.left - s.left < s.right - k.right ? 'left' : 'right';
      });
    assert.equal(await waitFor(knobSide, { accept: (side) => side === 'left', what: 'the knob at the left end' }), 'left');
    const reader = await page.evaluate(() => {
      const root = document.querySelector('readlens-reader')?.shadowRoot;
      const dir = (sel) => (root?.querySelector(sel) ? getComputedStyle(root.querySelector(sel)).direction : null);
      const x = (sel) => root?.querySelector(sel)?.getBoundingClientRect().left ?? null;
      return { toolbar: dir('.toolbar'), article: dir('article'), close: x('[data-testid="reader-close"]'), smaller: x('[data-testid="reader-smaller"]') };
    });
    assert.equal(reader.toolbar, 'rtl');
    assert.equal(reader.article, 'ltr');
    assert.ok(reader.close < reader.smaller, `close (${reader.close} px) left of the size buttons (${reader.smaller} px)`);
    await screenshot(page, 'reader-locale-ar');
  });

  it('the "open anyway?" bar on a page that is not an article: Arabic, right to left (message right, buttons left)', async () => {
    const { chromium, server } = session;
    const page = await chromium.newTab(server.url(NOT_ARTICLE));
    // A real toolbar click first grants activeTab, as pressing the shortcut would.
    await chromium.clickToolbar(page);
    await chromium.closePopups();
    await page.bringToFront();
    await chromium.command('toggle-reading-mode');
    const bar = await waitFor(
      () =>
        page.evaluate(() => {
          const root = document.querySelector('readlens-notice')?.shadowRoot;
          const el = root?.querySelector('[data-testid="not-article-notice"]');
          if (!el) return null;
          const x = (sel) => root.querySelector(sel).getBoundingClientRect().left;
          return { dir: getComputedStyle(el).direction, text: root.querySelector('p').textContent, message: x('p'), open: x('[data-testid="notice-open-anyway"]') };
        }),
      { what: 'the "open anyway?" bar' },
    );
    assert.equal(bar.dir, 'rtl');
    assert.equal(bar.text, messages('ar').notArticle.message);
    assert.ok(bar.open < bar.message, `"open anyway" (${bar.open} px) left of the message (${bar.message} px)`);
    await screenshot(page, 'not-article-locale-ar');
  });
});

describe('Chromium UI in German: left to right', () => {
  const session = sessionIn('de');

  it('popup: dir=ltr, German headings, switch on the right, no horizontal overflow', async () => {
    await checkPopup(session.chromium, session.server, 'de', 'ltr');
  });
});

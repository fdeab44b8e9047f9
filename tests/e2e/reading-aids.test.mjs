// Chromium: the reading aids — letter and word spacing, justified text, line focus, the progress bar with the time
// left, and custom colours with their contrast warning — each changes the reader's computed style from the popup's
// More panel and from the reader's own panel, and each survives a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchChromium, settledPopup } from './lib/chromium.mjs';
import { inReader, isOpen, px, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';

/** The computed styles the aids change, read from a body paragraph, the line-focus band and the progress UI. */
const aidStyles = (page) =>
  inReader(page, (root) => {
    const reader = root.querySelector('.reader');
    const p = root.querySelector('[data-testid="reader-body"] p');
    const cs = getComputedStyle(p);
    const band = getComputedStyle(root.querySelector('.focus-band'));
    const time = root.querySelector('[data-testid="reader-time-left"]');
    const link = root.querySelector('[data-testid="reader-body"] a');
    return {
      family: cs.fontFamily,
      fontSize: cs.fontSize,
      lineHeight: cs.lineHeight,
      letter: cs.letterSpacing,
      word: cs.wordSpacing,
      align: cs.textAlign,
      hyphens: cs.hyphens,
      bandDisplay: band.display,
      bandHeight: band.height,
      timeLeftShown: Boolean(time && !time.hidden && time.textContent),
      timeLeft: time?.textContent ?? '',
      progressShown: !root.querySelector('[data-testid="reader-progress"]').hidden,
      progress: Number(reader.dataset.progress ?? -1),
      color: cs.color,
      bg: getComputedStyle(reader).backgroundColor,
      link: link ? getComputedStyle(link).color : null,
      // The custom theme's link colour as the reader element holds it, for pages whose article has no link.
      accent: cs.getPropertyValue('--rl-accent').trim().toLowerCase(),
      warning: root.querySelector('[data-testid="reader-contrast-warning"]')?.hidden === false,
    };
  });

/** A computed `rgb(…)` colour is light when its mean channel is above half. */
const isLight = (rgb) => {
  const [r, g, b] = rgb.match(/\d+/g).map(Number);
  return (r + g + b) / 3 > 127;
};

/** Sets a colour input the way a picker does: its value, then input and change. */
const pickColor = (context, selector, value) =>
  context.evaluate(
    (sel, v) => {
      const input = document.querySelector(sel);
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );

describe('Chromium: reading aids from the popup and the reader, kept across a reload', () => {
  let server;
  let chromium;
  let page;
  let base;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = await chromium.newTab(server.url(samplePage));
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** A real toolbar click, the popup ready, its More panel open. */
  async function openMore() {
    const { popup } = await chromium.clickToolbar(page);
    await settledPopup(popup);
    await popup.click('[data-testid="more-toggle"]');
    await popup.waitForSelector('[data-testid="more-panel"]');
    return popup;
  }
  const pick = (popup, name, value) => popup.click(`[data-testid="more-${name}"] input[value="${value}"]`);
  const waitStyles = (accept, what) => waitFor(() => aidStyles(page), { accept, what, timeout: 8000 });

  it('starts with no extra spacing, ragged lines, no focus band, and the progress bar with the time left', async () => {
    const popup = await openMore();
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open' });
    base = await waitStyles((s) => s && s.timeLeftShown, 'the time left');
    assert.equal(base.letter, 'normal');
    assert.equal(px(base.word), 0);
    assert.equal(base.align, 'start');
    assert.equal(base.bandDisplay, 'none');
    assert.ok(base.progressShown);
    assert.match(base.timeLeft, /\d+ min left/);
    assert.equal(base.warning, false);
  });

  it('popup: letter and word spacing, justified with hyphens, line focus of 3 lines change the reader live', async () => {
    const popup = await openMore();
    await pick(popup, 'letter', '0.12');
    await pick(popup, 'word', '0.32');
    await pick(popup, 'align', 'justify');
    await pick(popup, 'focus', '3');
    const s = await waitStyles(
      (x) => px(x.letter) > 0 && px(x.word) > 0 && x.align === 'justify' && x.bandDisplay === 'block',
      'the aids to apply',
    );
    const size = px(s.fontSize);
    assert.ok(Math.abs(px(s.letter) - 0.12 * size) < 0.2, `letter spacing ${s.letter} is 0.12em of ${s.fontSize}`);
    assert.ok(Math.abs(px(s.word) - 0.32 * size) < 0.2, `word spacing ${s.word} is 0.32em of ${s.fontSize}`);
    assert.equal(s.hyphens, 'auto', 'justified text hyphenates by the article language');
    assert.ok(Math.abs(px(s.bandHeight) - 3 * px(s.lineHeight)) < 1, `the band (${s.bandHeight}) is 3 lines of ${s.lineHeight}`);
    await pick(popup, 'theme', 'light');
    await waitStyles((x) => isLight(x.bg) && x.bandDisplay === 'block', 'the light theme');
    await screenshot(page, 'reader-aids-line-focus-light');
    await pick(popup, 'theme', 'dark');
    await waitStyles((x) => !isLight(x.bg) && x.bandDisplay === 'block', 'the dark theme');
    await screenshot(page, 'reader-aids-line-focus-dark');
  });

  it('progress follows the scroll and the time left shrinks; turning it off hides both', async () => {
    const before = await aidStyles(page);
    await inReader(page, (root) => {
      const reader = root.querySelector('.reader');
      reader.scrollTop = reader.scrollHeight;
    });
    const end = await waitStyles((s) => s.progress === 100, 'progress at the end');
    assert.ok(before.progress < 100);
    assert.notEqual(end.timeLeft, before.timeLeft, 'the time left changes at the end');
    const popup = await openMore();
    await pick(popup, 'progress', 'off');
    await waitStyles((s) => !s.progressShown && !s.timeLeftShown, 'progress hidden');
  });

  it('popup: custom colours paint the reader; colours below AA show a warning in the popup and the reader', async () => {
    const popup = await openMore();
    await pick(popup, 'theme', 'custom');
    await popup.waitForSelector('[data-testid="more-color-text"]');
    await pickColor(popup, '[data-testid="more-color-text"]', '#102030');
    await pickColor(popup, '[data-testid="more-color-background"]', '#f0e0d0');
    const painted = await waitStyles((s) => s.color === 'rgb(16, 32, 48)' && s.bg === 'rgb(240, 224, 208)', 'custom colours');
    assert.equal(painted.warning, false);
    await screenshot(page, 'reader-custom-colours-light');
    await pickColor(popup, '[data-testid="more-color-text"]', '#c8b8a8');
    await popup.waitForSelector('[data-testid="more-contrast-warning"]');
    assert.match(await popup.$eval('[data-testid="more-contrast-warning"]', (e) => e.textContent), /4\.5/);
    await waitStyles((s) => s.warning && s.color === 'rgb(200, 184, 168)', 'the reader to warn too');
    await screenshot(popup, 'popup-custom-colours-warning');
    await pickColor(popup, '[data-testid="more-color-text"]', '#102030');
    await waitStyles((s) => !s.warning, 'the warning to go');
  });

  it('reader panel: the same settings from the reader itself', async () => {
    const click = (id) => inReader(page, (root, testid) => root.querySelector(`[data-testid="${testid}"]`).click(), id);
    await click('reader-settings');
    await click('reader-letter-0.04');
    await click('reader-word-0.08');
    await click('reader-align-start');
    await click('reader-focus-1');
    await click('reader-progress-on');
    const s = await waitStyles(
      (x) => x.align === 'start' && x.progressShown && Math.abs(px(x.bandHeight) - px(x.lineHeight)) < 1 && Math.abs(px(x.letter) - 0.04 * px(x.fontSize)) < 0.2,
      'the reader panel choices',
    );
    assert.ok(Math.abs(px(s.word) - 0.08 * px(s.fontSize)) < 0.2);
    const setColor = (name, value) =>
      inReader(page, (root, [n, v]) => {
        const input = root.querySelector(`[data-testid="reader-color-${n}"]`);
        input.value = v;
        input.dispatchEvent(new Event('change'));
      }, [name, value]);
    await setColor('background', '#203040');
    await waitStyles((x) => x.bg === 'rgb(32, 48, 64)', 'the reader colour picker');
    await setColor('text', '#e8e0d0');
    await waitStyles((x) => x.color === 'rgb(232, 224, 208)', 'the text colour');
    await setColor('links', '#9cc8ff');
    // The warning covers links too: read it only once the reader holds the new link colour.
    const dark = await waitStyles((x) => x.accent === '#9cc8ff' && (x.link === null || x.link === 'rgb(156, 200, 255)'), 'the link colour');
    assert.equal(dark.warning, false, 'light text on the dark custom background passes AA');
    // The picture shows the colours themselves: no focus band dimming them, the panel closed.
    await click('reader-focus-0');
    await waitStyles((x) => x.bandDisplay === 'none', 'line focus off');
    await click('reader-settings');
    await screenshot(page, 'reader-custom-colours-dark');
    await click('reader-settings');
    await click('reader-focus-1');
    await waitStyles((x) => x.bandDisplay === 'block', 'line focus back on');
  });

  it('the legible font (Atkinson Hyperlegible) loads from the extension\'s own files when chosen, and is used', async () => {
    const hasFace = () => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible' && f.status === 'loaded'));
    assert.equal(await hasFace(), false, 'not loaded before anyone chooses it');
    await inReader(page, (root) => root.querySelector('[data-testid="reader-font-legible"]').click());
    await waitFor(hasFace, { what: 'the font faces in document.fonts', timeout: 10000 });
    const family = await inReader(page, (root) => getComputedStyle(root.querySelector('[data-testid="reader-body"] p')).fontFamily);
    assert.match(family, /^"?Atkinson Hyperlegible/);
    assert.equal(await page.evaluate(() => document.fonts.check('20px "Atkinson Hyperlegible"', 'Après Noël')), true, 'Latin and accented text render in it');
    await screenshot(page, 'reader-legible-font');
  });

  it('everything survives a reload: the reopened reader has the same computed style', async () => {
    const before = await aidStyles(page);
    await page.reload({ waitUntil: 'load' });
    const popup = await openMore();
    assert.equal(await popup.$eval('[data-testid="more-letter"] input[value="0.04"]', (e) => e.checked), true);
    await popup.click('[data-testid="reading-toggle"]');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to reopen' });
    const after = await waitStyles((s) => s.timeLeftShown, 'the reopened reader');
    for (const key of ['letter', 'word', 'align', 'bandDisplay', 'bandHeight', 'color', 'bg', 'progressShown', 'family']) {
      assert.equal(after[key], before[key], `${key} kept across the reload`);
    }
    // Back to the defaults for any later suite sharing a profile (this one's is fresh, but keep it tidy).
    const reset = await openMore();
    for (const [name, value] of [['theme', 'auto'], ['font', 'serif'], ['letter', '0'], ['word', '0'], ['focus', '0']]) await pick(reset, name, value);
    await waitStyles((s) => s.bandDisplay === 'none' && s.letter === 'normal', 'defaults back');
  });
});

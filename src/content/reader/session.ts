// One reader session: mounts the shadow-root overlay, wires its controls and keys, and tears down without a trace.
import type { SettingsPatch } from '../../common/reading-choices';
import { TEXT_SIZES, type EffectiveSettings } from '../../common/settings';
import type { Digest } from '../../core/analyze/types';
import type { ListenContext } from '../listen/context';
import type { Article } from '../../core/extract';
import { bodySegmentsOf } from '../../core/read';
import { icon } from '../icons';
import { prepareEmbeds } from './embeds';
import { flashRange, highlightQuotes, markBlockQuotes, segmentRange } from './highlight';
import { createPanel } from './panel';
import { createReadingAids } from './reading-aids';
import { el, renderArticle, type ReaderText } from './render';
import readerCss from './reader.css?inline';
import { customPalette, paletteProperties, themeCss } from './themes';

export const READER_TAG = 'readlens-reader';

/** Inline !important styles on the host beat any page rule that tries to hide or move it. */
const HOST_STYLE = 'position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;margin:0!important;';
/** Printing the page while the reader is open prints the reader alone. */
const PRINT_CSS = `@media print { body { display: none !important; } ${READER_TAG} { position: static !important; } }`;
const BASE_PX = 20;

export interface ReaderActions {
  close(): void;
  stepSize(direction: 1 | -1): void;
  resetSize(): void;
  update(patch: SettingsPatch): void;
  /** Read aloud on or off (the speech script loads on first use). */
  listen(): void;
}

export interface ReaderSession {
  applySettings(settings: EffectiveSettings): void;
  /** Highlight the digest's quotations (once; later calls are ignored). */
  setDigest(digest: Digest): void;
  /** Scroll to a span of body paragraph `paragraph` and flash it; false when it does not map. */
  reveal(paragraph: number, start: number, end: number): boolean;
  revealQuote(index: number): boolean;
  /** What the speech script needs of this reader. */
  listen: ListenContext;
  close(): void;
}

function makeSheets(doc: Document, root: ShadowRoot, css: string): void {
  // Constructable sheets are not subject to the page's style-src CSP; fall back to <style> where they cannot be adopted.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el(doc, 'style', undefined, css));
  }
}

/**
 * Printing while the reader is open prints the reader alone. The sheet that hides the page joins the document
 * only around printing: any sheet added to the document restyles all of it, which costs a big page hundreds of ms.
 */
function printOnlyReader(doc: Document, signal: AbortSignal): void {
  let sheet: CSSStyleSheet | null = null;
  const remove = (): void => {
    if (!sheet) return;
    const added = sheet;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== added);
    sheet = null;
  };
  const win = doc.defaultView;
  win?.addEventListener(
    'beforeprint',
    () => {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(PRINT_CSS);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } catch {
        sheet = null;
      }
    },
    { signal },
  );
  win?.addEventListener('afterprint', remove, { signal });
  signal.addEventListener('abort', remove);
}

/**
 * The reader's host. A page may have defined its own <readlens-reader> (and taken its shadow root): then a <div>,
 * which no page can turn into a custom element, carries the reader instead.
 */
function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [READER_TAG, 'div']) {
    const host = doc.createElement(tag);
    // :defined on our tag means the page registered it: its code runs on that element, so it must not host us.
    if (tag === READER_TAG && host.matches(':defined')) continue;
    try {
      const root = host.attachShadow({ mode: 'open' });
      host.setAttribute('style', HOST_STYLE);
      if (tag !== READER_TAG) host.setAttribute('data-readlens-reader', '');
      return { host, root };
    } catch {
      // Taken by the page: try the next kind of host.
    }
  }
  throw new Error('no element can host the reader');
}

export function openReader(doc: Document, article: Article, text: ReaderText, actions: ReaderActions): ReaderSession {
  const controller = new AbortController();
  const { signal } = controller;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  const { host, root } = createHost(doc);
  makeSheets(doc, root, `${readerCss}\n${themeCss()}`);

  const dialog = el(doc, 'div', 'reader');
  dialog.dataset.testid = 'reader';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'rl-title');
  dialog.tabIndex = -1;
  // The controls speak the browser's language and direction; the article keeps its own (set on <article>).
  dialog.dir = text.dir;
  dialog.lang = text.lang;

  // Toolbar: size, the typography panel, close.
  const toolbar = el(doc, 'div', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', text.settings);
  const button = (label: string, testid: string, title: string, onClick: () => void): HTMLButtonElement => {
    const b = el(doc, 'button', undefined, label);
    b.type = 'button';
    b.dataset.testid = testid;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', onClick, { signal });
    return b;
  };
  const smaller = button('A−', 'reader-smaller', `${text.smaller} (−)`, () => actions.stepSize(-1));
  const sizeLabel = el(doc, 'span', 'size');
  sizeLabel.setAttribute('aria-live', 'polite');
  const larger = button('A+', 'reader-larger', `${text.larger} (+)`, () => actions.stepSize(1));
  const panelButton = button('Aa', 'reader-settings', text.settings, () => togglePanel());
  panelButton.setAttribute('aria-expanded', 'false');
  panelButton.setAttribute('aria-controls', 'rl-panel');
  const closeButton = button('✕', 'reader-close', `${text.close} (Esc)`, () => actions.close());
  const listenButton = button('', 'reader-listen', `${text.listen} (L)`, () => actions.listen());
  listenButton.append(icon(doc, 'listen'));
  listenButton.setAttribute('aria-pressed', 'false');
  toolbar.append(smaller, sizeLabel, larger, panelButton, listenButton, el(doc, 'span', 'spacer'), closeButton);

  const { panel, set: setPanel } = createPanel(doc, text, (patch) => actions.update(patch), signal);
  const aids = createReadingAids(doc, dialog, article.readingMinutes, text, signal);
  toolbar.insertBefore(aids.timeLeft, closeButton);
  toolbar.append(aids.bar);
  const togglePanel = (): void => {
    panel.hidden = !panel.hidden;
    panelButton.setAttribute('aria-expanded', String(!panel.hidden));
  };

  const body = article.content.cloneNode(true) as HTMLElement;
  const rendered = renderArticle(doc, article, body, text);
  prepareEmbeds(doc, body, text, signal);
  markBlockQuotes(body);
  dialog.append(toolbar, panel, rendered, aids.band);
  root.append(dialog);

  // Segments are taken on the reader's own copy, in the same order the digest's paragraphs were.
  let segments = bodySegmentsOf(body).body;
  let highlighted = false;

  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      if (key === 'Escape') actions.close();
      else if (key === '+' || key === '=') actions.stepSize(1);
      else if (key === '-' || key === '−' || key === '_') actions.stepSize(-1);
      else if (key === '0') actions.resetSize();
      else if (key === 'l') actions.listen();
      else if (key === 'Tab') trapFocus(event);
      else return;
      if (key !== 'Tab') event.preventDefault();
      event.stopPropagation();
    },
    { signal },
  );
  // Keys typed in the reader are the reader's: the page's own shortcuts must not fire underneath.
  for (const type of ['keydown', 'keypress', 'keyup'] as const) host.addEventListener(type, (e) => e.stopPropagation(), { signal });

  function trapFocus(event: KeyboardEvent): void {
    const focusables = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]')].filter((e) => !e.closest('[hidden]'));
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && active === last) {
      first.focus();
      event.preventDefault();
    }
  }

  printOnlyReader(doc, signal);
  doc.documentElement.append(host);
  // Focus after the first paint: moving focus restyles the page's focus-within chain, a cost a big page should not
  // add to the frame that shows the reader.
  const focusTimer = setTimeout(() => dialog.focus({ preventScroll: true }), 0);
  signal.addEventListener('abort', () => clearTimeout(focusTimer));

  return {
    applySettings(s) {
      const style = dialog.style;
      style.setProperty('--rl-size', `${(BASE_PX * s.textSize) / 100}px`);
      style.setProperty('--rl-line', String(s.lineHeight));
      style.setProperty('--rl-letter', `${s.letterSpacing}em`);
      style.setProperty('--rl-word', `${s.wordSpacing}em`);
      style.setProperty('--rl-focus-lines', String(s.lineFocus));
      // The custom theme's palette is inline (its colours are the reader's own); other themes come from the sheet.
      for (const [name, value] of paletteProperties(customPalette(s.colors))) {
        if (s.theme === 'custom') style.setProperty(name, value);
        else style.removeProperty(name);
      }
      dialog.dataset.theme = s.theme;
      dialog.dataset.font = s.font;
      dialog.dataset.width = s.width;
      dialog.dataset.align = s.align;
      dialog.dataset.focus = String(s.lineFocus);
      dialog.dataset.quotes = s.highlightQuotes ? 'on' : 'off';
      dialog.dataset.textSize = String(s.textSize);
      sizeLabel.textContent = `${s.textSize}%`;
      smaller.disabled = s.textSize <= (TEXT_SIZES[0] ?? 0);
      larger.disabled = s.textSize >= (TEXT_SIZES[TEXT_SIZES.length - 1] ?? Infinity);
      setPanel(s);
      aids.set(s);
    },
    setDigest(digest) {
      if (highlighted) return;
      highlighted = true;
      highlightQuotes(doc, segments, digest.quotes, text.saidBy);
      // Wrapping split text nodes: take the segments again so later jumps map onto the new nodes.
      segments = bodySegmentsOf(body).body;
    },
    reveal(paragraph, start, end) {
      const segment = segments[paragraph];
      const range = segment ? segmentRange(doc, segment, start, Math.min(end, segment.text.length)) : null;
      if (!range) return false;
      flashRange(range, dialog, reduceMotion);
      return true;
    },
    revealQuote(index) {
      const q = root.querySelector(`q[data-quote="${index}"]`);
      if (!q) return false;
      const range = doc.createRange();
      range.selectNodeContents(q);
      flashRange(range, dialog, reduceMotion);
      return true;
    },
    listen: { dialog, segments: () => segments, signal },
    close() {
      controller.abort();
      host.remove();
      previousFocus?.focus({ preventScroll: true });
    },
  };
}

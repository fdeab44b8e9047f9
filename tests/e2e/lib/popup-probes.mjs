// Popup-side and reader-side probes: the popup's state (one probe for Chromium and Firefox), what the digest shows,
// where a quotation sits, the Markdown export.

/**
 * Runs in the popup: its visible state (frame, switch, size). Self-contained, as both browsers send its source:
 * Chromium through page.evaluate (called with no argument: `win` is the popup's window), Firefox through a frame script
 * (called with the popup's content window).
 */
export function probePopup(win = globalThis) {
  const q = (id) => win.document.querySelector(`[data-testid="${id}"]`);
  const text = (id) => (q(id) ? q(id).textContent.replace(/\s+/g, ' ').trim() : null);
  const toggle = q('reading-toggle');
  return {
    state: q('popup')?.getAttribute('data-state') ?? null,
    title: text('page-title'),
    site: text('page-site'),
    message: text('state-message'),
    toggleRole: toggle ? toggle.getAttribute('role') : null,
    toggleChecked: toggle ? toggle.getAttribute('aria-checked') : null,
    sizeValue: text('size-value'),
  };
}

/** Whether a probePopup result has left `loading` (either browser). */
export const popupSettled = (info) => info.state !== null && info.state !== 'loading';

/** Runs in the popup: the digest as a reader sees it (title, summary, facts, quotations grouped by speaker). */
function probeDigest() {
  const q = (root, id) => root.querySelector(`[data-testid="${id}"]`);
  const qa = (root, id) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const digest = q(document, 'digest');
  return {
    state: q(document, 'popup')?.getAttribute('data-state') ?? null,
    digestState: digest?.getAttribute('data-state') ?? null,
    title: text(q(document, 'page-title')),
    summary: qa(document, 'summary-sentence').map(text),
    summarySource: q(document, 'summary-source')?.getAttribute('data-source') ?? null,
    facts: qa(document, 'fact').map((f) => ({ kind: f.dataset.kind, label: text(q(f, 'fact-label')), detail: text(q(f, 'fact-detail')) })),
    quotesCount: text(q(document, 'quotes-count')),
    speakers: qa(document, 'speaker-group').map((g) => ({
      name: text(q(g, 'speaker-name')),
      role: text(q(g, 'speaker-role')),
      quotes: qa(g, 'quote').map((b) => ({ index: Number(b.dataset.quoteIndex), text: text(b) })),
    })),
    headings: [...document.querySelectorAll('.section h2')].map(text),
    bodyScrollWidth: document.body.scrollWidth,
    bodyWidth: document.body.getBoundingClientRect().width,
  };
}

export const digestInfo = (popup) => popup.evaluate(probeDigest);

/** Runs in the page: whether the reader's quotation `index` is inside the reader's visible box. */
function probeQuote(index) {
  const root = document.querySelector('readlens-reader')?.shadowRoot;
  const quote = root?.querySelector(`q.rl-quote[data-quote="${index}"]`);
  const reader = root?.querySelector('[data-testid="reader"]');
  if (!quote || !reader) return { found: false, inView: false };
  const r = quote.getBoundingClientRect();
  const box = reader.getBoundingClientRect();
  return {
    found: true,
    text: quote.textContent.replace(/\s+/g, ' ').trim(),
    top: r.top,
    inView: r.top >= box.top && r.bottom <= box.bottom && r.height > 0,
    scrollTop: reader.scrollTop,
  };
}

export const quoteInReader = (page, index) => page.evaluate(probeQuote, index);

/** Runs in the page: the reader's scroll offset and whether a flash highlight is painted right now. */
export const readerScroll = (page) =>
  page.evaluate(() => {
    const reader = document.querySelector('readlens-reader')?.shadowRoot?.querySelector('[data-testid="reader"]');
    return { scrollTop: reader ? reader.scrollTop : null, flashing: Boolean(globalThis.CSS?.highlights?.has('rl-flash')) };
  });

/**
 * Click the popup's "Copy Markdown" with the clipboard stubbed in the popup page, and return what was copied.
 * The stub replaces writeText on the popup's own navigator.clipboard: nothing reaches the system clipboard.
 */
export async function copiedMarkdown(popup) {
  await popup.evaluate(() => {
    globalThis.__copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t) => void globalThis.__copied.push(t) });
  });
  await popup.click('[data-testid="export-copy"]');
  await popup.waitForFunction(() => globalThis.__copied.length > 0, { timeout: 5000 });
  return popup.evaluate(() => globalThis.__copied.at(-1));
}

/** Click "Download .md" with the link's click caught: returns { fileName, text } read back from the Blob the popup made. */
export async function downloadedMarkdown(popup) {
  await popup.evaluate(() => {
    const create = URL.createObjectURL.bind(URL);
    globalThis.__blobs = new Map();
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      globalThis.__blobs.set(url, blob);
      return url;
    };
    globalThis.__downloads = [];
    HTMLAnchorElement.prototype.click = function click() {
      globalThis.__downloads.push({ href: this.href, fileName: this.download });
    };
  });
  await popup.click('[data-testid="export-download"]');
  await popup.waitForFunction(() => globalThis.__downloads.length > 0, { timeout: 5000 });
  return popup.evaluate(async () => {
    const { href, fileName } = globalThis.__downloads.at(-1);
    const blob = globalThis.__blobs.get(href);
    return { fileName, type: blob?.type ?? null, text: blob ? await blob.text() : null };
  });
}

/** The background colour luminance of the popup (0 black … 1 white), to tell light from dark. */
export const popupLuminance = (popup) =>
  popup.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

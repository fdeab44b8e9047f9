// Page-side probes of the reader overlay (<readlens-reader> with an open shadow root), shared by the Chromium and Firefox suites.

/** Runs in the page: what a reader (or a screen reader) would find of the overlay right now. */
function probeReader() {
  // A page that took the <readlens-reader> name gets a <div data-readlens-reader> host instead.
  const hosts = document.querySelectorAll('readlens-reader, [data-readlens-reader]');
  const host = hosts[0];
  const root = host && host.shadowRoot;
  const q = (id) => (root ? root.querySelector(`[data-testid="${id}"]`) : null);
  const reader = q('reader');
  const body = q('reader-body');
  // Accessible name: aria-label, else the text of the aria-labelledby targets (looked up in the shadow root).
  const labelledBy = reader ? (reader.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean) : [];
  const labelText = labelledBy.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  return {
    hostCount: hosts.length,
    hostIsChildOfRoot: host ? host.parentNode === document.documentElement : false,
    hasOpenShadow: Boolean(root),
    reader: Boolean(reader),
    role: reader ? reader.getAttribute('role') : null,
    accessibleName: reader ? (reader.getAttribute('aria-label') ?? '').trim() || labelText || null : null,
    title: q('reader-title') ? q('reader-title').textContent.trim() : null,
    bodyTextLength: body ? body.textContent.trim().length : 0,
    bodyFontSize: body ? getComputedStyle(body).fontSize : null,
    hasClose: Boolean(q('reader-close')),
  };
}

/** The reader's state in `page` (a puppeteer Page in either browser). */
export function readerInfo(page) {
  return page.evaluate(probeReader);
}

/** Whether the reader is open: exactly one host holding the dialog. */
export const isOpen = (info) => info.hostCount === 1 && info.reader;
/** Whether the reader is gone: no host left in the document. */
export const isClosed = (info) => info.hostCount === 0;

/** The page's headline as a reader would name it: the first <h1>, else the document title. */
export function pageHeadline(page) {
  return page.evaluate(() => (document.querySelector('h1')?.textContent ?? document.title).replace(/\s+/g, ' ').trim());
}

/** Whitespace-normalised text, for comparing titles across DOMs. */
export const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

/** Parse "22px" → 22. */
export const px = (s) => Number.parseFloat(String(s));

/** Parse the popup's size value ("110%" or "110 %") → 110. */
export const percent = (s) => {
  const m = /(\d+(?:\.\d+)?)\s*%/.exec(String(s));
  return m ? Number(m[1]) : Number.NaN;
};

/** Base reader font size at 100% per the test contract; the body scales linearly with the percentage. */
export const BASE_FONT_PX = 20;

/** Evaluate inside the reader's shadow root: fn(root, ...args); null when the reader is not open. */
export async function inReader(page, fn, ...args) {
  const root = await page.evaluateHandle(() => document.querySelector('readlens-reader, [data-readlens-reader]')?.shadowRoot ?? null);
  try {
    return (await root.evaluate((r) => r !== null)) ? await page.evaluate(fn, root, ...args) : null;
  } finally {
    await root.dispose();
  }
}

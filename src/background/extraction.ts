// Where a page copy gets extracted: here when this background has a DOM (Firefox's event page),
// else in an offscreen document (Chrome's service worker has none), created on first use.
import browser from 'webextension-polyfill';
import type { OffscreenRequest } from '../common/messages';
import type { ExtractedPage } from '../core/read';
import { extractCopy } from './extract-copy';

const OFFSCREEN_PATH = 'src/offscreen/index.html';
/** An idle offscreen document is closed after this long, so it costs no memory between articles. */
const IDLE_CLOSE_MS = 60_000;

/** The slice of Chrome's offscreen API used here (webextension-polyfill does not wrap it). */
interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** Requests sent to the document and not answered yet: it must not be closed under them. */
let inFlight = 0;

async function offscreenExists(api: OffscreenApi): Promise<boolean> {
  if (api.hasDocument) return api.hasDocument();
  const runtime = browser.runtime as unknown as { getContexts?: (f: { contextTypes: string[] }) => Promise<unknown[]> };
  return ((await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? []).length > 0;
}

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (await offscreenExists(api)) return;
  // One creation at a time: two pages asking at once must not both create (the second would throw).
  creating ??= api
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Parse a copy of the page to find its article without blocking the page.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The idle countdown starts when the last request in flight is answered, never while one runs. */
function closeWhenIdle(api: OffscreenApi): void {
  clearTimeout(idleTimer);
  if (inFlight === 0) idleTimer = setTimeout(() => void api.closeDocument().catch(() => undefined), IDLE_CLOSE_MS);
}

export async function extractPageCopy(html: string, url: string): Promise<ExtractedPage> {
  if (typeof DOMParser === 'function') return extractCopy(html, url);
  const api = offscreenApi();
  if (!api) throw new Error('no DOM available for extraction');
  inFlight += 1;
  clearTimeout(idleTimer);
  try {
    await ensureOffscreen(api);
    const request: OffscreenRequest = { type: 'offscreen/extract', html, url };
    return (await browser.runtime.sendMessage(request)) as ExtractedPage;
  } finally {
    inFlight -= 1;
    closeWhenIdle(api);
  }
}

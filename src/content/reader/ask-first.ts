// A small bar at the foot of the page: "this doesn't look like an article — open anyway?", shown when the shortcut
// is used on such a page. It lives in its own shadow root and leaves nothing behind once answered or timed out.
import type { ReaderText } from './render';

const BAR_TAG = 'readlens-notice';
const HOST_STYLE = 'position:fixed!important;inset:auto 0 16px 0!important;z-index:2147483647!important;display:flex!important;justify-content:center!important;pointer-events:none!important;margin:0!important;';
const CSS = `
:host { all: initial; }
.bar { pointer-events: auto; display: flex; align-items: center; gap: 12px; max-width: min(560px, calc(100vw - 32px)); padding-block: 10px; padding-inline: 16px 12px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2328; background: #fbfaf7;
  border: 1px solid #d8dee4; border-radius: 10px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); }
.bar p { margin: 0; flex: 1; }
button { font: 600 13px/1 system-ui, sans-serif; border-radius: 6px; padding: 8px 12px; cursor: pointer; border: 1px solid #1d5c4f; }
.open { background: #1d5c4f; color: #fff; }
.dismiss { background: transparent; color: #1f2328; border-color: #d8dee4; }
button:focus-visible { outline: 2px solid #1d5c4f; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bar { color: #e6e6e6; background: #16181c; border-color: #30363d; }
  .open { background: #7cc4b2; color: #0d1f1b; border-color: #7cc4b2; }
  .dismiss { color: #e6e6e6; border-color: #30363d; }
}`;
/** Long enough to read and decide; the bar then goes by itself. */
const TIMEOUT_MS = 10_000;

let current: (() => void) | null = null;

export function askFirst(doc: Document, text: ReaderText, onOpen: () => void): void {
  current?.();
  const controller = new AbortController();
  const host = doc.createElement(BAR_TAG);
  host.setAttribute('style', HOST_STYLE);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    return; // The page owns that tag name: skip the question rather than fight for it.
  }
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'alertdialog');
  bar.dataset.testid = 'not-article-notice';
  // The bar speaks the UI's language and reads its way, whatever the page's.
  bar.lang = text.lang;
  bar.dir = text.dir;
  const message = doc.createElement('p');
  message.id = 'rl-notice-text';
  message.textContent = text.notArticle;
  bar.setAttribute('aria-describedby', message.id);
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.dataset.testid = 'notice-open-anyway';
  open.textContent = text.openAnyway;
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.dataset.testid = 'notice-dismiss';
  dismiss.textContent = text.dismiss;
  bar.append(message, open, dismiss);
  root.append(bar);

  const remove = (): void => {
    controller.abort();
    clearTimeout(timer);
    host.remove();
    if (current === remove) current = null;
  };
  current = remove;
  const timer = setTimeout(remove, TIMEOUT_MS);
  open.addEventListener('click', () => { remove(); onOpen(); }, { signal: controller.signal });
  dismiss.addEventListener('click', remove, { signal: controller.signal });
  bar.addEventListener('keydown', (e) => { if (e.key === 'Escape') remove(); }, { signal: controller.signal });
  doc.documentElement.append(host);
  open.focus({ preventScroll: true });
}

// The reader overlay: a shadow root over the page, built from the reader model, removed without a trace.
import type { EffectiveSettings } from '../common/settings';
import type { ReaderModel } from './reader-model';
import readerCss from './reader.css?inline';

export const READER_TAG = 'readlens-reader';

/** Inline !important styles on the host beat any page rule that tries to hide or move it. */
const HOST_STYLE = 'position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;';

export interface ReaderSession {
  applySettings(settings: EffectiveSettings): void;
  close(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Constructable sheets ignore the page's style-src CSP; fall back to a <style> where they cannot be adopted. */
function attachStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(readerCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el(doc, 'style', undefined, readerCss));
  }
}

function renderArticle(doc: Document, model: ReaderModel, labels: ReaderLabels): HTMLElement {
  const article = el(doc, 'article');
  if (model.lang) article.lang = model.lang;
  article.dir = model.dir;
  if (model.site) article.append(el(doc, 'div', 'site', model.site));
  const title = el(doc, 'h1', undefined, model.title);
  title.dataset.testid = 'reader-title';
  title.id = 'readlens-title';
  article.append(title);
  const metaParts = [model.byline, labels.readingTime(model.readingMinutes)].filter(Boolean);
  article.append(el(doc, 'div', 'meta', metaParts.join(' · ')));
  const body = el(doc, 'div', 'body');
  body.dataset.testid = 'reader-body';
  let list: HTMLUListElement | null = null;
  for (const block of model.blocks) {
    if (block.tag === 'li') {
      list ??= body.appendChild(el(doc, 'ul'));
      list.append(el(doc, 'li', undefined, block.text));
      continue;
    }
    list = null;
    body.append(el(doc, block.tag, undefined, block.text));
  }
  article.append(body);
  return article;
}

export interface ReaderLabels {
  dialog: string;
  close: string;
  readingTime(minutes: number): string;
}

/**
 * Mount the reader. Every listener goes through one AbortController, so close() leaves the page
 * exactly as it was: same nodes, same attributes, same focus, same scroll.
 */
export function openReader(doc: Document, model: ReaderModel, labels: ReaderLabels, onRequestClose: () => void): ReaderSession {
  const controller = new AbortController();
  const { signal } = controller;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;

  const host = doc.createElement(READER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  attachStyles(root, doc);

  const dialog = el(doc, 'div', 'reader');
  dialog.dataset.testid = 'reader';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'readlens-title');
  dialog.tabIndex = -1;

  const toolbar = el(doc, 'div', 'toolbar');
  const closeButton = el(doc, 'button', 'close', labels.close);
  closeButton.type = 'button';
  closeButton.dataset.testid = 'reader-close';
  closeButton.addEventListener('click', onRequestClose, { signal });
  toolbar.append(closeButton);
  dialog.append(toolbar, renderArticle(doc, model, labels));
  root.append(dialog);

  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onRequestClose();
      }
    },
    { signal },
  );

  doc.documentElement.append(host);
  dialog.focus({ preventScroll: true });

  return {
    applySettings(settings) {
      host.style.setProperty('--rl-scale', String(settings.textSize / 100));
      host.style.setProperty('--rl-line', String(settings.lineHeight));
    },
    close() {
      controller.abort();
      host.remove();
      previousFocus?.focus({ preventScroll: true });
    },
  };
}

// @vitest-environment happy-dom
// One reader session over a page: it must leave the page exactly as it found it (markup, focus, style sheets,
// listeners), and its keys must stay its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/common/settings';
import { extractArticle, type Article } from '../../../src/core/extract';
import { openReader, type ReaderActions } from '../../../src/content/reader/session';
import type { ReaderText } from '../../../src/content/reader/render';
import { createFakeBrowser, loadIn, type FakeBrowser } from '../support/fake-browser';
import { articleHtml } from '../support/page-in-tab';

const PAGE = '<header><button id="menu">Menu</button></header><main><h1>Story</h1><p>Body text of the page.</p></main>';
let fake: FakeBrowser;
let text: ReaderText;
let article: Article;

function actionsSpy() {
  return { close: vi.fn(), stepSize: vi.fn(), resetSize: vi.fn(), update: vi.fn(), listen: vi.fn() } satisfies ReaderActions;
}

/** Everything of the page a session could leave behind. */
function pageState() {
  return {
    html: document.documentElement.outerHTML,
    focused: document.activeElement,
    sheets: [...document.adoptedStyleSheets],
  };
}

const host = () => document.querySelector<HTMLElement>('readlens-reader, [data-readlens-reader]');
const inReader = (testid: string) => host()?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testid}"]`) ?? null;
const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

beforeEach(async () => {
  fake = createFakeBrowser();
  // The reader's strings as the content script gets them: from the extension's English messages.
  const tab = fake.openTab('https://news.example/story');
  ({ readerText: text } = await loadIn(fake.content(tab.id), async () => ({ readerText: (await import('../../../src/content/reader-text')).readerText() })));
  const source = new DOMParser().parseFromString(articleHtml(), 'text/html');
  article = extractArticle(source, 'https://news.example/story') as Article;
  document.body.innerHTML = PAGE;
  document.getElementById('menu')?.focus();
});

afterEach(() => fake.dispose());

describe('reader session', () => {
  it('shows the article in a shadow root, then closing restores the page exactly', async () => {
    const before = pageState();
    const session = openReader(document, article, text, actionsSpy());
    session.applySettings({ ...DEFAULT_SETTINGS, siteOverride: false });
    expect(inReader('reader')?.textContent).toContain('Harbour storm floods the old town');
    expect(inReader('reader-close')?.getAttribute('aria-label')).toBe('Close reading mode (Esc)');
    // The speaker is drawn (an emoji glyph is an empty box where no emoji font is installed); the name is the label.
    expect(inReader('reader-listen')?.textContent).toBe('');
    expect(inReader('reader-listen')?.querySelector('svg[aria-hidden="true"]')?.getAttribute('data-icon')).toBe('listen');
    expect(inReader('reader-listen')?.getAttribute('aria-label')).toMatch(/\(L\)$/);
    await new Promise((r) => setTimeout(r, 0));
    expect(host()?.shadowRoot?.activeElement).toBe(inReader('reader'));
    session.close();
    expect(pageState()).toEqual(before);
  });

  it('closing while the page is being printed takes the print sheet away too', () => {
    const before = pageState();
    const session = openReader(document, article, text, actionsSpy());
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.adoptedStyleSheets).toHaveLength(before.sheets.length + 1);
    session.close();
    expect(pageState()).toEqual(before);
    // The print listeners went with it: printing later adds nothing.
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.adoptedStyleSheets).toHaveLength(before.sheets.length);
  });

  it('maps its keys to actions and keeps them from the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const actions = actionsSpy();
    const session = openReader(document, article, text, actions);
    const dialog = inReader('reader') as HTMLElement;
    for (const key of ['+', '-', '0', 'Escape', 'x']) press(dialog, key);
    expect(actions.stepSize.mock.calls).toEqual([[1], [-1]]);
    expect(actions.resetSize).toHaveBeenCalledTimes(1);
    expect(actions.close).toHaveBeenCalledTimes(1);
    expect(pageKeys).not.toHaveBeenCalled();
    inReader('reader-larger')?.click();
    inReader('reader-theme-dark')?.click();
    expect(actions.stepSize.mock.calls.at(-1)).toEqual([1]);
    expect(actions.update).toHaveBeenCalledWith({ theme: 'dark' });
    session.close();
    // Detached and deaf: nothing it wired still answers.
    press(dialog, 'Escape');
    expect(actions.close).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageKeys);
  });

  it('a page that took the <readlens-reader> name gets the reader on a plain element, and still gets its page back', () => {
    customElements.define('readlens-reader', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    });
    const before = pageState();
    const session = openReader(document, article, text, actionsSpy());
    expect(document.querySelector('readlens-reader')).toBeNull();
    expect(host()?.tagName).toBe('DIV');
    expect(inReader('reader')).not.toBeNull();
    session.close();
    expect(pageState()).toEqual(before);
  });
});

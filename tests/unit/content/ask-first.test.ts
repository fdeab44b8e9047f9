// @vitest-environment happy-dom
// The "this doesn't look like an article — open anyway?" bar: each answer does what it says once, and the bar
// leaves nothing behind, whether answered, dismissed, replaced or timed out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askFirst } from '../../../src/content/reader/ask-first';
import type { ReaderText } from '../../../src/content/reader/render';

// Only the bar's own strings are read.
const text = { lang: 'en', dir: 'ltr', notArticle: "This page doesn't look like an article.", openAnyway: 'Open anyway', dismiss: 'Dismiss' } as ReaderText;
const PAGE = '<main><p>Not much here.</p><button id="page-button">Page</button></main>';

const bars = () => document.querySelectorAll('readlens-notice');
const inBar = (testid: string) => bars()[0]?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testid}"]`) ?? null;

let before: string;
beforeEach(() => {
  document.body.innerHTML = PAGE;
  before = document.documentElement.outerHTML;
});
afterEach(() => vi.useRealTimers());

describe('ask first', () => {
  it('"Open anyway" opens once and removes the bar', () => {
    const onOpen = vi.fn();
    askFirst(document, text, onOpen);
    expect(inBar('not-article-notice')?.textContent).toContain("This page doesn't look like an article.");
    expect(bars()[0]?.shadowRoot?.activeElement).toBe(inBar('notice-open-anyway'));
    const open = inBar('notice-open-anyway') as HTMLElement;
    open.click();
    open.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('"Dismiss" and Escape remove the bar without opening', () => {
    const onOpen = vi.fn();
    askFirst(document, text, onOpen);
    inBar('notice-dismiss')?.click();
    expect(document.documentElement.outerHTML).toBe(before);
    askFirst(document, text, onOpen);
    inBar('not-article-notice')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('goes by itself after a while', () => {
    vi.useFakeTimers();
    const onOpen = vi.fn();
    askFirst(document, text, onOpen);
    vi.advanceTimersByTime(9_000);
    expect(bars()).toHaveLength(1);
    vi.advanceTimersByTime(2_000);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('a second question replaces the first, whose buttons are dead', () => {
    const first = vi.fn();
    const second = vi.fn();
    askFirst(document, text, first);
    const oldOpen = inBar('notice-open-anyway') as HTMLElement;
    askFirst(document, text, second);
    expect(bars()).toHaveLength(1);
    oldOpen.click();
    expect(first).not.toHaveBeenCalled();
    inBar('notice-open-anyway')?.click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a page that owns the <readlens-notice> name gets no question and no leftover element', () => {
    customElements.define('readlens-notice', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    });
    const onOpen = vi.fn();
    askFirst(document, text, onOpen);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(onOpen).not.toHaveBeenCalled();
  });
});

// Small in-browser probes the sweep needs beyond the e2e ones: the popup's settled state, the toggle's round trip,
// the reader's highlights, and the frame in which the reader host was first painted.

/** Runs in the popup: where loading ended (frame state, not-article notice, digest state) and the switch. */
export function probeSweepPopup() {
  const q = (s) => document.querySelector(s);
  const toggle = q('[data-testid="reading-toggle"]');
  const digest = q('[data-testid="digest"]');
  const notice = q('[data-testid="no-article"], [data-testid="reveal-failed"]');
  return {
    state: q('[data-testid="popup"]')?.getAttribute('data-state') ?? null,
    notArticle: Boolean(q('[data-testid="not-article"]')),
    digestState: digest?.getAttribute('data-state') ?? null,
    lang: digest?.querySelector('.summary[lang]')?.getAttribute('lang') ?? digest?.querySelector('[lang]')?.getAttribute('lang') ?? null,
    notice: notice?.getAttribute('data-testid') ?? null,
    message: q('[data-testid="state-message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    toggleChecked: toggle?.getAttribute('aria-checked') ?? null,
    toggleDisabled: toggle ? toggle.disabled : null,
    factsMore: Boolean(q('[data-testid="facts-more"]')),
  };
}

/** Whether the popup has nothing more to load: an error, unsupported, a not-article notice or a digest (any state). */
export const popupDone = (p) => p.state === 'error' || p.state === 'unsupported' || (p.state === 'ready' && (p.notArticle || p.digestState !== null));

/** Runs in the popup before a switch click: notes when the switch goes busy (disabled), so its end can be told. */
export function armToggleWatch() {
  const toggle = document.querySelector('[data-testid="reading-toggle"]');
  globalThis.__sweepBusy = false;
  globalThis.__sweepToggleWatch?.disconnect();
  const watch = new MutationObserver(() => {
    if (toggle.disabled) globalThis.__sweepBusy = true;
  });
  watch.observe(toggle, { attributes: true, attributeFilter: ['disabled'] });
  globalThis.__sweepToggleWatch = watch;
}

/** Runs in the popup: whether the switch went busy and is free again (the background answered the click). */
export function toggleAnswered() {
  const toggle = document.querySelector('[data-testid="reading-toggle"]');
  return Boolean(globalThis.__sweepBusy && toggle && !toggle.disabled);
}

/**
 * Runs in the page: watch <html> for the reader host; two animation frames after it lands, the frame holding it has
 * been painted. Times are wall-clock ms (Date.now() scale) so Node can subtract its own click time. Touches no DOM.
 */
export function armPaintWatch() {
  globalThis.__sweepReader = { insertedAt: null, paintedAt: null };
  const now = () => performance.timeOrigin + performance.now();
  const watch = new MutationObserver(() => {
    if (!document.querySelector('readlens-reader, [data-readlens-reader]')) return;
    watch.disconnect();
    globalThis.__sweepReader.insertedAt = now();
    requestAnimationFrame(() => requestAnimationFrame(() => (globalThis.__sweepReader.paintedAt = now())));
  });
  watch.observe(document.documentElement, { childList: true });
}

export const paintTimes = () => globalThis.__sweepReader ?? null;

/** Runs in the page: the reader's quotation highlights (q.rl-quote, with their digest indices) and block quotes. */
export function probeHighlights() {
  const root = document.querySelector('readlens-reader, [data-readlens-reader]')?.shadowRoot;
  if (!root) return null;
  const quotes = [...root.querySelectorAll('q.rl-quote')];
  return {
    count: quotes.length,
    indices: quotes.map((q) => Number(q.dataset.quote)).sort((a, b) => a - b),
    nested: quotes.filter((q) => q.parentElement?.closest('q.rl-quote')).length,
    empty: quotes.filter((q) => q.textContent.trim() === '').length,
    blockQuotes: root.querySelectorAll('.rl-quote-block').length,
    texts: Object.fromEntries(quotes.map((q) => [q.dataset.quote, q.textContent.replace(/\s+/g, ' ').trim()])),
  };
}

// Page-side probes of read aloud in the reader (both browsers): the e2e build's speech log on the reader's host, the
// data-speaking marker's moves (a MutationObserver), the Listen press time and the controls' state.

/** Watch the open reader: every move of data-speaking, and when Listen is pressed (the click's event time). */
export function installSpeechProbe(page) {
  return page.evaluate(() => {
    const host = document.querySelector('readlens-reader, [data-readlens-reader]');
    const root = host.shadowRoot;
    const probe = { host, marks: [], pressedAt: null };
    window.__listenProbe = probe;
    new MutationObserver((records) => {
      for (const r of records) {
        const value = r.target.getAttribute('data-speaking');
        if (value !== null && probe.marks.at(-1) !== value) probe.marks.push(value);
      }
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-speaking'] });
    root.querySelector('[data-testid="reader-listen"]').addEventListener('click', (e) => {
      probe.pressedAt ??= e.timeStamp;
    }, true);
  });
}

/** Read aloud's state as the page sees it. `log`: the recorder's speak()/cancel() calls with performance.now() times. */
export function speechState(page) {
  return page.evaluate(() => {
    const probe = window.__listenProbe;
    const host = document.querySelector('readlens-reader, [data-readlens-reader]') ?? probe?.host ?? null;
    const root = host?.shadowRoot ?? null;
    const marked = root?.querySelector('[data-speaking]') ?? null;
    const q = (id) => root?.querySelector(`[data-testid="${id}"]`) ?? null;
    return {
      log: JSON.parse(host?.getAttribute('data-e2e-speech-log') ?? '[]'),
      engineSpeaking: host?.getAttribute('data-e2e-speaking') ?? null,
      marks: probe?.marks ?? [],
      pressedAt: probe?.pressedAt ?? null,
      speaking: marked?.getAttribute('data-speaking') ?? null,
      markedText: marked ? marked.textContent.replace(/\s+/g, ' ').trim() : null,
      playing: q('listen-play')?.dataset.playing ?? null,
      pressed: q('reader-listen')?.getAttribute('aria-pressed') ?? null,
      controls: q('listen-controls') !== null,
      status: q('listen-status')?.textContent ?? null,
      highlight: globalThis.CSS?.highlights?.has('rl-speaking') ?? false,
      wordSeen: globalThis.CSS?.highlights?.has('rl-word') ?? false,
      now: performance.now(),
    };
  });
}

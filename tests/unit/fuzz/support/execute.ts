// Execution oracle: loads HTML into a fresh jsdom that DOES run scripts, pokes it (events, clicks) and reports
// whether the global trap __xss() was called. Used on sanitised output and, as a control, on raw vectors.
import { JSDOM, VirtualConsole } from 'jsdom';

/** Event types fired on every element that carries a matching on* handler, plus these common ones. */
const POKE_EVENTS = ['load', 'error', 'click', 'focus', 'mouseover', 'toggle', 'start', 'begin', 'animationstart'];

/**
 * Returns the labels passed to __xss() while `html` was parsed, its handlers fired and its links clicked.
 * No network: jsdom loads no subresources unless asked to.
 */
export async function executedTraps(html: string, settled?: (hits: string[]) => boolean): Promise<string[]> {
  const hits: string[] = [];
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    url: 'https://reader.invalid/view',
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
    beforeParse(window) {
      Object.defineProperty(window, '__xss', { value: (label: unknown) => { hits.push(String(label)); }, writable: false });
      // Dialog functions would block in a browser; here they only count as execution.
      window.alert = () => { hits.push('alert'); };
    },
  });
  const { window } = dom;
  try {
    for (const el of Array.from(window.document.querySelectorAll('*'))) {
      const types = new Set(POKE_EVENTS);
      for (const a of Array.from(el.attributes)) if (a.name.toLowerCase().startsWith('on')) types.add(a.name.slice(2).toLowerCase());
      for (const t of types) {
        try { el.dispatchEvent(new window.Event(t)); } catch { /* a handler that throws still counts only if it hit the trap */ }
      }
      if (el.localName === 'a' || el.localName === 'area') {
        try { (el as HTMLElement).click(); } catch { /* navigation errors are not execution */ }
      }
    }
    // javascript: navigations run from queued tasks, later still on a busy machine: wait until `settled` says
    // enough has run (the control knows what to expect), or a fixed while for the checks that expect nothing.
    const deadline = Date.now() + (settled ? 5000 : 150);
    do await new Promise((r) => setTimeout(r, 10));
    while (Date.now() < deadline && !(settled?.(hits) ?? false));
  } finally {
    window.close();
  }
  return hits;
}

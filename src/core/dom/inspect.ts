// Read-only element checks shared by the engine: hidden detection and clutter/content word matching.

import { attrTokens } from './text';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by attribute or inline style (getComputedStyle is not available in every host). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const st = el.getAttribute('style');
  return !!st && HIDDEN_STYLE.test(st);
}

/** Builds a matcher telling whether an element's class/id words hit `bad` without any word of `good`. */
export function wordMatcher(bad: Iterable<string>, good: Iterable<string>): (el: Element) => boolean {
  const badSet = new Set(bad);
  const goodSet = new Set(good);
  return (el: Element): boolean => {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
    let hit = false;
    for (const t of attrTokens(el)) {
      if (goodSet.has(t)) return false;
      if (badSet.has(t)) hit = true;
    }
    return hit;
  };
}

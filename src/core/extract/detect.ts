// Article detection: a quick read-only look at long paragraphs outside page chrome, plus structured-data hints.

import { isHidden } from '../dom/inspect';
import { isClutter } from './select';
import type { Detection } from './types';

/** Paragraphs shorter than this are captions, teasers or labels rather than prose. */
const MIN_PARAGRAPH = 140;
/** Sum of sqrt(extra length) over prose paragraphs needed to call a page an article. */
const THRESHOLD = 20;
/** Ancestors that put a paragraph in page chrome. */
const CHROME_SELECTOR = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** Paragraphs in chrome, in list items (teasers) or marked as boilerplate/hidden do not count. */
function inClutter(el: Element): boolean {
  if (isHidden(el) || isClutter(el)) return true;
  const parent = el.parentElement;
  if (parent && (isHidden(parent) || isClutter(parent))) return true;
  // Paragraphs inside list items are teaser blurbs; whole <article> cards in lists still count.
  if (el.tagName.toUpperCase() === 'P' && el.closest('li')) return true;
  return !!el.closest(CHROME_SELECTOR);
}

export function detectArticle(doc: Document): Detection {
  const nodes = doc.querySelectorAll('p, pre, article');
  let score = 0;
  let paragraphs = 0;
  for (let i = 0; i < nodes.length && score <= THRESHOLD; i++) {
    const el = nodes[i]!;
    const len = (el.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    if (inClutter(el)) continue;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    paragraphs++;
  }
  // <br>-separated text in divs (older pages without <p>).
  if (score <= THRESHOLD) {
    const seen = new Set<Element>();
    for (const br of Array.from(doc.querySelectorAll('div > br')).slice(0, 500)) {
      const div = br.parentElement!;
      if (seen.has(div)) continue;
      seen.add(div);
      const len = (div.textContent ?? '').trim().length;
      if (len >= MIN_PARAGRAPH && !inClutter(div)) { score += Math.sqrt(len - MIN_PARAGRAPH); paragraphs++; }
      if (score > THRESHOLD) break;
    }
  }
  const isArticle = score > THRESHOLD;
  const rounded = Math.round(score * 10) / 10;
  return {
    isArticle,
    score: rounded,
    reason: isArticle
      ? `long paragraphs of prose outside page chrome (score ${rounded} > ${THRESHOLD})`
      : paragraphs ? `only ${paragraphs} long paragraph(s) (score ${rounded} ≤ ${THRESHOLD}): too little prose for an article` : 'no long paragraphs of prose',
  };
}

// Article detection: a quick read-only look at long paragraphs outside page chrome, plus structured-data hints.

import { isHidden } from '../dom/inspect';
import { isClutter } from './select';
import type { Detection } from './types';

/** Paragraphs shorter than this are captions, teasers or labels rather than prose. */
const MIN_PARAGRAPH = 140;
/** Sum of sqrt(extra length) over prose paragraphs needed to call a page an article. */
const THRESHOLD = 20;
/** CJK characters carry about three Latin letters' worth of text: their paragraphs count at that weight. */
const DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const proseLength = (text: string): number => {
  const t = text.trim();
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(t) ? t.length + 2 * (t.match(DENSE)?.length ?? 0) : t.length;
};

/** Text nodes looked at for prose outside paragraphs: bounded, since this pass only runs on pages that lack <p>s. */
const MAX_TEXT_NODES = 20_000;
/** Parents whose text was counted above (P, PRE, ARTICLE) or is not prose. */
const LOOSE_TEXT_SKIP = new Set(['P', 'PRE', 'ARTICLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'LI', 'A', 'OPTION']);
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
    const len = proseLength(el.textContent ?? '');
    if (len < MIN_PARAGRAPH) continue;
    if (inClutter(el)) continue;
    score += Math.sqrt(len - MIN_PARAGRAPH);
    paragraphs++;
  }
  // <br>-separated text in divs (older pages without <p>).
  const brDivs = new Set<Element>();
  if (score <= THRESHOLD) {
    for (const br of Array.from(doc.querySelectorAll('div > br')).slice(0, 500)) {
      const div = br.parentElement!;
      if (brDivs.has(div)) continue;
      brDivs.add(div);
      const len = proseLength(div.textContent ?? '');
      if (len >= MIN_PARAGRAPH && !inClutter(div)) { score += Math.sqrt(len - MIN_PARAGRAPH); paragraphs++; }
      if (score > THRESHOLD) break;
    }
  }
  // Prose written straight into a container, runs of text between <br>s or empty <p></p>s
  // (<section>Text…<p></p>Text…</section>): each long text node counts as a paragraph.
  if (score <= THRESHOLD && doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(), seen = 0; n && seen < MAX_TEXT_NODES && score <= THRESHOLD; n = walker.nextNode(), seen++) {
      const parent = n.parentElement;
      if (!parent || LOOSE_TEXT_SKIP.has(parent.tagName.toUpperCase()) || brDivs.has(parent)) continue;
      const len = proseLength(n.nodeValue ?? '');
      if (len < MIN_PARAGRAPH || inClutter(parent)) continue;
      score += Math.sqrt(len - MIN_PARAGRAPH);
      paragraphs++;
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

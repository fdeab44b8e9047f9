// Lead image (with caption and credit) and standfirst, read from the live page without changing it.

import { subtreeSizes } from '../dom/subtree-sizes';
import { attrTokens, squash } from '../dom/text';
import { absolutize, fixImage } from './images';
import type { LeadImage } from './types';

/** class/id words of a photo credit. */
const CREDIT_WORDS = new Set(['credit', 'credits', 'cred', 'copyright', 'photographer', 'source', 'attribution', 'byline', 'author']);
/** Texts that announce a credit. */
const CREDIT_TEXT = /^(?:©|\(c\)|copyright\b|photo\s*:|picture\s*:|pictures?\s*by|photos?\s*(?:by|de|credit)|crédit|credit|foto\s*:|bild\s*:|image\s*:)/i;

/** Raw text (before whitespace is collapsed) beyond which an element cannot be a credit line. */
const MAX_RAW_CREDIT = 2000;
/** Standfirst candidates looked at: nested wrappers sharing a class word must not cost a read each. */
const MAX_STANDFIRSTS = 12;

/** Longest caption text accepted. */
const MAX_CAPTION = 300;

function hasWord(el: Element, words: Set<string>): boolean {
  for (const t of attrTokens(el)) if (words.has(t)) return true;
  return false;
}

function fileKey(u: string): string {
  const m = /([^/?#]+?)(?:\.[a-z0-9]{2,4})?(?:[?#].*)?$/i.exec(u);
  return (m?.[1] ?? u).toLowerCase();
}

/** Caption and credit of the figure around an image. */
function captionOf(img: Element): { caption: string; credit: string } {
  // The figure, or the small block around the image when the page does not use <figure>.
  let fig: Element | null = img.closest('figure');
  if (!fig) {
    const parent = img.parentElement?.tagName.toUpperCase() === 'PICTURE' ? img.parentElement.parentElement : img.parentElement;
    if (parent && (parent.textContent ?? '').length < MAX_CAPTION * 2) fig = parent;
  }
  if (!fig) return { caption: '', credit: '' };
  let credit = '';
  let textHit = '';
  const sizeOf = subtreeSizes();
  for (const el of Array.from(fig.querySelectorAll('*'))) {
    // A figure can wrap a whole article: long texts are read through the size memo, never once per level.
    if (sizeOf(el).text > MAX_RAW_CREDIT) continue;
    const t = squash(el.textContent ?? '');
    if (!t || t.length >= 150) continue;
    if (hasWord(el, CREDIT_WORDS)) { credit = t; break; }
    // By text: keep the innermost element that starts with a credit mark (not the caption around it).
    if (CREDIT_TEXT.test(t) && (!textHit || t.length < textHit.length)) textHit = t;
  }
  credit ||= textHit;
  const capEl = fig.querySelector('figcaption') ?? fig.querySelector('[class*="caption"], [class*="legend"], [class*="legende"]');
  let caption = squash(capEl?.textContent ?? (fig === img.closest('figure') ? '' : fig.textContent ?? ''));
  if (credit && caption.includes(credit)) caption = squash(caption.replace(credit, ''));
  if (caption.length > MAX_CAPTION) caption = '';
  return { caption, credit };
}

/**
 * Finds the lead image among `images` inside `scope` (the article root or the container holding the
 * headline): the page's declared image when it appears there, else the first sizeable image before the
 * article's first paragraph (`proseLimit` prose blocks seen).
 */
export function findLeadImage(
  scope: Element, images: Array<{ el: Element; prose: number }>, proseLimit: number, metaImage: string, base: string,
): LeadImage | null {
  const metaKey = metaImage ? fileKey(metaImage) : '';
  let firstBefore: { el: Element; src: string } | null = null;
  for (const { el, prose } of images) {
    if (!scope.contains(el)) continue;
    const w = parseInt(el.getAttribute('width') ?? '', 10);
    if (w && w < 100) continue;
    // Work on a copy: the live page must stay untouched.
    const copy = el.cloneNode(false) as Element;
    if (!fixImage(copy, base, el.parentElement)) continue;
    const src = copy.getAttribute('src') ?? '';
    if (metaKey && fileKey(src) === metaKey) return { src, alt: el.getAttribute('alt') ?? '', ...captionOf(el) };
    if (prose <= proseLimit && !firstBefore) firstBefore = { el, src };
    if (prose > proseLimit && !metaKey) break;
  }
  if (firstBefore) return { src: firstBefore.src, alt: firstBefore.el.getAttribute('alt') ?? '', ...captionOf(firstBefore.el) };
  const src = absolutize(metaImage, base);
  return src ? { src, alt: '', caption: '', credit: '' } : null;
}

/** The standfirst: the first short text-only block marked as such inside `scope`. */
export function findStandfirst(scope: Element, candidates: Element[]): Element | null {
  let seen = 0;
  for (const el of candidates) {
    if (!scope.contains(el)) continue;
    if (++seen > MAX_STANDFIRSTS) break;
    // A standfirst is text only: wrappers holding scripts, media or the headline are layout blocks.
    if (el.querySelector('script, style, img, figure, iframe, h1, h2, ul, ol')) continue;
    const t = squash(el.textContent ?? '');
    if (t.length >= 40 && t.length <= 700 && !el.querySelector('p + p')) return el;
  }
  return null;
}

// Image and link resolution: lazy-loaded sources, <picture>/<noscript> fallbacks, absolute URLs.

import { LAZY_SRCSET_ATTRS, LAZY_SRC_ATTRS } from './rules';

/** Resolves a URL against the page base; returns '' for unsafe or unparsable values. */
export function absolutize(value: string | null, base: string): string {
  if (!value) return '';
  const v = value.trim();
  if (!v || /^(?:javascript|data|vbscript|blob|about):/i.test(v)) return '';
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' || u.protocol === 'tel:' ? u.href : '';
  } catch {
    return /^https?:\/\//i.test(v) ? v : '';
  }
}

/** Picks the widest candidate of a srcset. */
export function bestFromSrcset(srcset: string): string {
  let best = '';
  let bestW = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, desc] = part.trim().split(/\s+/);
    if (!url) continue;
    const w = desc ? parseFloat(desc) * (desc.endsWith('x') ? 1000 : 1) : 0;
    if (w > bestW) { best = url; bestW = w; }
  }
  return best;
}

function isPlaceholder(src: string): boolean {
  return !src || /^data:/i.test(src) || /(?:blank|spacer|pixel|placeholder|holder|transparent|lazy|loading|grey|gray)[^/]*\.(?:gif|png|svg)/i.test(src);
}

function absSrcset(srcset: string, base: string): string {
  return srcset.split(/,\s+/).map((part) => {
    const [url, ...rest] = part.trim().split(/\s+/);
    const abs = absolutize(url ?? '', base);
    return abs ? [abs, ...rest].join(' ') : '';
  }).filter(Boolean).join(', ');
}

/**
 * Makes an <img> load its real picture: lazy attributes, <picture> sources (from `parent`), absolute URLs.
 * Returns false if no usable source.
 */
export function fixImage(img: Element, base: string, parent: Element | null = img.parentElement): boolean {
  let src = img.getAttribute('src') ?? '';
  let srcset = img.getAttribute('srcset') ?? '';
  for (const a of LAZY_SRCSET_ATTRS) {
    const v = img.getAttribute(a);
    if (v) { srcset = v; break; }
  }
  if (isPlaceholder(src)) {
    src = '';
    for (const a of LAZY_SRC_ATTRS) {
      const v = img.getAttribute(a);
      if (v && !isPlaceholder(v)) { src = v; break; }
    }
  }
  const pic = parent?.tagName.toUpperCase() === 'PICTURE' ? parent : null;
  if (!srcset && pic) {
    for (const s of Array.from(pic.querySelectorAll('source'))) {
      const v = s.getAttribute('srcset') ?? s.getAttribute('data-srcset');
      if (v) { srcset = v; break; }
    }
  }
  if (!src && srcset) src = bestFromSrcset(srcset);
  src = absolutize(src, base);
  // An empty or "/" source resolves to the page or site itself, never to a picture.
  if (!src || src === base || /^https?:\/\/[^/]+\/?$/i.test(src)) return false;
  img.setAttribute('src', src);
  const abs = srcset ? absSrcset(srcset, base) : '';
  if (abs) img.setAttribute('srcset', abs);
  else img.removeAttribute('srcset');
  const w = img.getAttribute('width');
  const h = img.getAttribute('height');
  // Tracking pixels and spacers.
  if ((w && parseInt(w, 10) <= 2) || (h && parseInt(h, 10) <= 2)) return false;
  return true;
}

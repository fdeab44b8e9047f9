// DOMPurify adapter: builds the sanitiser injected into extractArticle (browser window or a jsdom window).

import DOMPurify from 'dompurify';
import { dropIsValues } from '../dom/is-values';

export { dropIsValues };

/** Tags never allowed in the reader view, even if they slipped past cleaning. */
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'template', 'dialog', 'title'];
/** Attributes never allowed (page styling and identity). */
const FORBID_ATTR = ['style', 'class', 'id', 'target', 'srcdoc', 'formaction', 'action', 'ping'];
/**
 * Only web, mail and phone schemes survive; javascript:, data:, vbscript: and the like are dropped. DOMPurify
 * also applies this to plain attribute values (dir="rtl", colspan="2"), hence the scheme-less alternatives.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

type PurifyWindow = Parameters<typeof DOMPurify>[0];

const cache = new WeakMap<object, (root: Element) => void>();

/** Returns an in-place sanitiser bound to `win` (the window that owns the documents it will clean). */
export function createPurifySanitizer(win: PurifyWindow): (root: Element) => void {
  const hit = cache.get(win as object);
  if (hit) return hit;
  const purify = DOMPurify(win);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // DOMPurify lets data: URIs through on images; the reader view never needs them.
    if ((data.attrName === 'src' || data.attrName === 'href' || data.attrName === 'srcset') && /^\s*data:/i.test(data.attrValue)) {
      data.keepAttr = false;
    }
  });
  // Set once: passing a config to every sanitize() call makes DOMPurify rebuild its tables each time.
  // No Trusted Types policy: sanitising in place never turns a string into HTML, and creating DOMPurify's default
  // policy is a violation a page with `trusted-types 'none'` would see (and could report).
  purify.setConfig({ IN_PLACE: true, FORBID_TAGS, FORBID_ATTR, ALLOWED_URI_REGEXP: ALLOWED_URI, ALLOW_DATA_ATTR: true, TRUSTED_TYPES_POLICY: null });
  const run = (root: Element): void => {
    // Before DOMPurify: it strips the is attribute, which would hide the element's is value.
    dropIsValues(root);
    purify.sanitize(root);
  };
  cache.set(win as object, run);
  return run;
}

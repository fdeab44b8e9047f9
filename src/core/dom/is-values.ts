// Drops customised built-in "is" values: an element parsed with is="…" keeps that value after the attribute is
// removed, and clones and the serialiser carry it, so a page-defined custom element could be upgraded in the reader.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** A start tag whose first attribute is is="…" (how the serialiser writes an is value, or a plain is attribute). */
const SERIALISED_IS = /<[^\s>/]+ is="/;

/** Whether `el` carries an is value (attribute or hidden): the serialiser writes it first in the start tag. */
function hasIsValue(el: Element): boolean {
  if (el.hasAttribute('is')) return true;
  return SERIALISED_IS.test((el.cloneNode(false) as Element).outerHTML);
}

/** Recreates `el` as a plain element of the same name (no is value), moving its children and other attributes. */
function recreate(el: Element): void {
  if (el.namespaceURI !== HTML_NS || !el.parentNode) { el.removeAttribute('is'); return; }
  const fresh = el.ownerDocument.createElement(el.localName);
  for (const attr of Array.from(el.attributes)) if (attr.name !== 'is') fresh.setAttribute(attr.name, attr.value);
  while (el.firstChild) fresh.appendChild(el.firstChild);
  el.replaceWith(fresh);
}

/**
 * Replaces every element under `root` that has an is attribute with a plain one. With `hidden`, also those whose
 * attribute was already removed (a live page's script can do that): found through one serialisation of the subtree,
 * then element by element only when it shows an is value somewhere. Freshly parsed HTML needs no `hidden` pass: the
 * serialiser wrote every is value as an attribute.
 */
export function dropIsValues(root: Element, hidden = false): void {
  for (const el of Array.from(root.querySelectorAll('[is]'))) recreate(el);
  root.removeAttribute('is');
  if (!hidden || !SERIALISED_IS.test(root.innerHTML)) return;
  for (const el of Array.from(root.querySelectorAll('*'))) if (hasIsValue(el)) recreate(el);
}

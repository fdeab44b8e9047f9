// The "nothing executable" oracle: lists every unsafe element, attribute or URL found in sanitised output.

/** Elements that must never reach the reader view, each with the reason. */
export const FORBIDDEN_ELEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['script', 'runs code'],
  ['style', 'page stylesheet (CSS can exfiltrate and restyle the reader)'],
  ['link', 'page stylesheet or preload'],
  ['form', 'submits data (and clobbers DOM names)'],
  ['input', 'form control'],
  ['button', 'form control with formaction'],
  ['textarea', 'form control; raw-text element used in mutation XSS'],
  ['select', 'form control'],
  ['option', 'form control'],
  ['iframe', 'nested browsing context (the video embed form is a <figure> placeholder, not an iframe)'],
  ['frame', 'nested browsing context'],
  ['frameset', 'nested browsing context'],
  ['object', 'plug-in / nested document'],
  ['embed', 'plug-in / nested document'],
  ['applet', 'plug-in'],
  ['base', 'rewrites every relative URL'],
  ['meta', 'http-equiv refresh / CSP changes'],
  ['svg', 'foreign content: namespace confusion and SVG script/animation'],
  ['math', 'foreign content: namespace confusion'],
  ['template', 'inert content that a later innerHTML can revive'],
  ['noscript', 'raw-text element: re-parsing with scripting on turns markup into text and back (mutation XSS)'],
  ['noembed', 'raw-text element used in mutation XSS'],
  ['noframes', 'raw-text element used in mutation XSS'],
  ['xmp', 'raw-text element used in mutation XSS'],
  ['plaintext', 'swallows the rest of the document when re-parsed'],
  ['title', 'RCDATA element used in mutation XSS'],
  ['portal', 'nested browsing context'],
  ['fencedframe', 'nested browsing context'],
  ['dialog', 'modal UI over the reader'],
];
const FORBIDDEN = new Set(FORBIDDEN_ELEMENTS.map((e) => e[0]));

/** Attributes that must never appear, whatever their value. */
export const FORBIDDEN_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['style', 'CSS expression(), url(javascript:), -moz-binding, overlay tricks'],
  ['srcdoc', 'inline document in a frame'],
  ['formaction', 'form submission target'],
  ['action', 'form submission target'],
  ['is', 'customised built-in element: a page-defined constructor would run in the reader'],
  ['id', 'DOM clobbering of the reader script\'s globals and lookups'],
  ['name', 'DOM clobbering of forms and document properties'],
  ['http-equiv', 'meta refresh / CSP'],
  ['xmlns', 'namespace confusion'],
  ['attributename', 'SVG animation that can rewrite href'],
];
const FORBIDDEN_ATTR = new Set(FORBIDDEN_ATTRIBUTES.map((a) => a[0]));

/** Attributes that hold a URL the browser may load or navigate to. */
export const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'cite', 'lowsrc',
  'dynsrc', 'ping', 'longdesc', 'usemap', 'codebase', 'manifest', 'icon', 'data-embed-src', 'imagesrcset',
]);
/** Schemes a link or image in the reader may use. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Schemes that run code or render attacker documents; checked on the raw value too (URL parsing aside). */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|livescript|mocha|blob|filesystem):/i;

/** Why a URL attribute value is unsafe, or null. Browsers drop ASCII tabs/newlines and trim C0+space first. */
export function unsafeUrl(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- the URL parser ignores exactly these control characters
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (SCRIPT_SCHEME.test(compact)) return `script-capable scheme in ${JSON.stringify(value.slice(0, 80))}`;
  let parsed: URL;
  try {
    parsed = new URL(value, 'https://reader.invalid/');
  } catch {
    return null; // a URL the browser cannot parse is never loaded or followed
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? null : `scheme ${parsed.protocol} in ${JSON.stringify(value.slice(0, 80))}`;
}

/** Every URL of a srcset (candidates are "url [descriptor]" separated by commas). */
export function srcsetUrls(value: string): string[] {
  return value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Lists the unsafe things under `root` (root included): empty when the output is inert. */
export function findUnsafe(root: Element | DocumentFragment): string[] {
  const problems: string[] = [];
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  for (let node: Node | null = root.nodeType === 1 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const name = el.localName.toLowerCase();
    if (FORBIDDEN.has(name)) problems.push(`<${name}> element`);
    if (name.includes('-') && name !== 'annotation-xml') problems.push(`<${name}> custom element`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${name}> in namespace ${el.namespaceURI}`);
    // An element created with is="…" keeps that "is value" after the attribute is removed: clones and the
    // serialiser carry it, so a page-defined customised built-in would be upgraded inside the reader.
    if (!el.hasAttribute('is') && /^<[^\s>]+ is="/.test((el.cloneNode(false) as Element).outerHTML)) {
      problems.push(`<${name}> keeps a customised built-in "is" value`);
    }
    for (const attr of Array.from(el.attributes)) {
      const an = attr.name.toLowerCase();
      if (an.startsWith('on')) problems.push(`${an} handler on <${name}>`);
      if (FORBIDDEN_ATTR.has(an)) problems.push(`${an} attribute on <${name}>`);
      if (URL_ATTRIBUTES.has(an) || an.endsWith(':href')) {
        const urls = an.endsWith('srcset') ? srcsetUrls(attr.value) : [attr.value];
        for (const u of urls) {
          const why = unsafeUrl(u);
          if (why) problems.push(`${an} on <${name}>: ${why}`);
        }
      }
    }
  }
  return problems;
}

/**
 * Checks sanitised HTML the way the reader uses it: the live element and the HTML re-parsed from its
 * serialisation (mutation XSS hides in the difference), with the parser's scripting flag off.
 */
export function findUnsafeHtml(html: string, doc: Document): string[] {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  const fromTemplate = findUnsafe(tpl.content).map((p) => `re-parsed: ${p}`);
  const div = doc.createElement('div');
  div.innerHTML = html;
  const fromDiv = findUnsafe(div).map((p) => `re-parsed in <div>: ${p}`);
  return [...new Set([...fromTemplate, ...fromDiv])];
}

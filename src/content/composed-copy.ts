// A serialised copy of the page as the reader sees it: open shadow roots and same-origin iframes inlined where they
// render. Built in an inert document (no custom-element upgrades, no loads), so no page code runs on the copy.

/** Past this many elements the walk is not worth its main-thread cost: the plain serialisation stands. */
const MAX_ELEMENTS = 30_000;
/** Nesting beyond this is junk (browsers' own parsers stop far earlier); deeper subtrees are left out. */
const MAX_DEPTH = 400;

/** Whether the page has anything the plain outerHTML leaves out. Cheap: iframes by selector, hosts by a bounded scan. */
export function hasHiddenContent(doc: Document): boolean {
  if (doc.querySelector('iframe')) return true;
  const all = doc.getElementsByTagName('*');
  if (all.length > MAX_ELEMENTS) return false;
  for (let i = 0; i < all.length; i++) if ((all[i] as Element).shadowRoot) return true;
  return false;
}

function sameOriginBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null; // Cross-origin: the browser keeps it from us, rightly.
  }
}

/** The nodes that render in place of `el`'s children: its shadow tree, a slot's assigned nodes, or its own children. */
function renderedChildren(el: Element): ArrayLike<Node> {
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : el.childNodes;
  }
  return el.childNodes;
}

interface Budget {
  left: number;
  /** Same-origin frame documents inlined so far: their head metadata joins the copy's. */
  frames: Document[];
}

/** An app shell's own title is generic; the framed story's title and metadata describe the article. */
function copyFrameHeads(out: Document, head: Element, frames: Document[]): void {
  for (const frame of frames) {
    for (const el of Array.from(frame.head?.children ?? [])) {
      const keep = el.localName === 'title' || el.localName === 'meta' || (el.localName === 'script' && el.getAttribute('type') === 'application/ld+json');
      if (!keep) continue;
      const copy = out.importNode(el, false);
      copy.textContent = el.textContent;
      head.appendChild(copy);
    }
  }
}

function copyInto(parent: Node, source: Node, out: Document, depth: number, budget: Budget): void {
  if (budget.left <= 0 || depth > MAX_DEPTH) return;
  if (source.nodeType === Node.TEXT_NODE) {
    parent.appendChild(out.createTextNode((source as Text).data));
    return;
  }
  if (source.nodeType !== Node.ELEMENT_NODE) return;
  budget.left -= 1;
  const el = source as Element;
  if (el.localName === 'iframe') {
    const body = sameOriginBody(el as HTMLIFrameElement);
    if (!body) return;
    budget.frames.push(body.ownerDocument);
    const div = out.createElement('div');
    parent.appendChild(div);
    for (const child of Array.from(body.childNodes)) copyInto(div, child, out, depth + 1, budget);
    return;
  }
  // A shallow import into the inert document: attributes only, never the page's custom-element classes.
  const copy = out.importNode(el, false);
  parent.appendChild(copy);
  if (el.localName === 'script' || el.localName === 'style' || el.localName === 'template') {
    copy.textContent = el.textContent; // Kept as text (JSON-LD metadata lives in scripts); nothing runs here.
    return;
  }
  for (const child of Array.from(renderedChildren(el))) copyInto(copy, child, out, depth + 1, budget);
}

/** outerHTML of the composed tree, or null when the page is too big or too odd to walk. */
export function composedHtml(doc: Document): string | null {
  try {
    const out = doc.implementation.createHTMLDocument('');
    const budget: Budget = { left: MAX_ELEMENTS, frames: [] };
    const root = out.importNode(doc.documentElement, false);
    for (const child of Array.from(doc.documentElement.childNodes)) copyInto(root, child, out, 1, budget);
    const head = Array.from(root.children).find((c) => c.localName === 'head');
    // Later <title> and metadata win in the engine's reading, so the framed story's come last.
    if (head) copyFrameHeads(out, head, budget.frames);
    return budget.left > 0 ? root.outerHTML : null;
  } catch {
    return null;
  }
}

// jsdom hosts for the fuzz suite: quiet windows, one DOMPurify sanitiser per window, cheap page parsing.
import { JSDOM, VirtualConsole } from 'jsdom';
import { createPurifySanitizer } from '../../../../src/core/extract/purify';

export const PAGE_URL = 'https://news.example.com/2026/11/harbour-vote.html';

/** jsdom complains about the CSS it cannot parse; the fuzz output must stay readable. */
const quiet = (): VirtualConsole => new VirtualConsole();

export interface Host {
  window: JSDOM['window'];
  sanitize: (root: Element) => void;
  /** Parses a whole page in this window (no new window per case; the previous document may be reused). */
  parse: (html: string) => Document;
}

function makeHost(scripting: boolean): Host {
  // runScripts 'outside-only' turns on the parser's scripting flag (so <noscript> holds raw text, as in a browser
  // tab) without ever running page scripts; without it <noscript> content is parsed as elements.
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: PAGE_URL,
    virtualConsole: quiet(),
    ...(scripting ? { runScripts: 'outside-only' as const } : {}),
  });
  const window = dom.window;
  const sanitize = createPurifySanitizer(window as unknown as Parameters<typeof createPurifySanitizer>[0]);
  const parser = new window.DOMParser();
  // DOMParser always parses with scripting off; with scripting on, the page is parsed into the window's own
  // document instead (innerHTML follows the document's scripting flag), one case at a time.
  const parse = scripting
    ? (html: string): Document => {
        const doc = window.document;
        doc.documentElement.innerHTML = html.replace(/^\s*<!doctype[^>]*>/i, '');
        return doc;
      }
    : (html: string): Document => parser.parseFromString(html, 'text/html');
  return { window, sanitize, parse };
}

let hosts: { off: Host; on: Host } | null = null;

/** Two shared hosts: parser scripting off (jsdom default) and on (browser tab). */
export function getHosts(): { off: Host; on: Host } {
  hosts ??= { off: makeHost(false), on: makeHost(true) };
  return hosts;
}

/** A full JSDOM for one page, when the test needs its own window (parsing with the page URL). */
export function ownWindow(html: string, scripting = false): { doc: Document; sanitize: (root: Element) => void; close: () => void } {
  const dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: quiet(), ...(scripting ? { runScripts: 'outside-only' as const } : {}) });
  const sanitize = createPurifySanitizer(dom.window as unknown as Parameters<typeof createPurifySanitizer>[0]);
  return { doc: dom.window.document, sanitize, close: () => dom.window.close() };
}

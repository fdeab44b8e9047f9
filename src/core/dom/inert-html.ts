// Serialised pages are parsed inside extension pages, whose CSP logs an error for every inline event handler and
// every <base href> the parser meets (nothing runs, but each one lands in the extension's error list: thousands on
// some pages). Extraction needs neither, so they go before parsing; the base URL is handed over on the side.
// A small linear scanner, not a regex: attribute values may hold ">" and pages may be megabytes long.

export interface InertHtml {
  html: string;
  /** The first <base href> of the page, removed from the HTML ('' when there was none). */
  baseHref: string;
}

/** Elements whose content is text, not markup: a "<" inside them starts no tag. (Not <noscript>: DOMParser runs
 *  without scripting, so it parses noscript content as markup, handlers included.) */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The page's HTML without inline event handlers and without <base href>, and that base URL. */
export function inertHtml(html: string): InertHtml {
  const n = html.length;
  const parts: string[] = [];
  let copied = 0; // html[0, copied) is already in parts
  let baseHref = '';
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    if (!isLetter(html[i + 1])) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/') j++;
    const tag = html.slice(i + 1, j).toLowerCase();
    // Attributes up to the closing ">", honouring quotes.
    while (j < n && html[j] !== '>') {
      const lead = j; // a removed attribute takes the spaces before it along
      while (j < n && (isSpace(html[j]) || html[j] === '/')) j++;
      if (j >= n || html[j] === '>') break;
      const start = j;
      while (j < n && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/' && (html[j] !== '=' || j === start)) j++;
      const name = html.slice(start, j).toLowerCase();
      let k = j;
      while (k < n && isSpace(html[k])) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < n && isSpace(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, close === -1 ? n : close);
          k = close === -1 ? n : close + 1;
        } else {
          const from = k;
          while (k < n && !isSpace(html[k]) && html[k] !== '>') k++;
          value = html.slice(from, k);
        }
        j = k;
      }
      const isBaseHref = tag === 'base' && name === 'href';
      if (isBaseHref && !baseHref) baseHref = value.trim();
      if (isBaseHref || (name.length > 2 && name.startsWith('on'))) {
        parts.push(html.slice(copied, lead));
        copied = j;
      }
    }
    if (RAW_TEXT.has(tag) && j < n) {
      const close = new RegExp(`</${tag}`, 'ig');
      close.lastIndex = j;
      const m = close.exec(html);
      i = m ? html.indexOf('<', m.index + 2) : -1;
      continue;
    }
    i = j < n ? html.indexOf('<', j) : -1;
  }
  parts.push(html.slice(copied));
  return { html: parts.join(''), baseHref };
}

// A fast-check arbitrary for whole hostile pages: random element trees over every element type (HTML, SVG,
// MathML, raw-text and form elements), hostile attributes, broken markup, odd characters, deep chains and huge
// text, wrapped around enough prose that the article engine usually finds an article to clean.
import fc from 'fast-check';
import { VECTORS } from './vectors';
import { ODD_CHARS, paragraphText, sentence, wildString } from './text-arbitraries';

/** Every HTML element type, plus obsolete ones parsers still know. */
const HTML_TAGS = [
  'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'blockquote', 'body', 'br', 'button',
  'canvas', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'div', 'dl',
  'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'menu',
  'meta', 'meter', 'nav', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'picture', 'pre', 'progress', 'q', 'rp',
  'rt', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strong', 'style', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'u', 'ul',
  'var', 'video', 'wbr',
  // obsolete but parsed specially
  'applet', 'basefont', 'bgsound', 'center', 'font', 'frame', 'frameset', 'image', 'isindex', 'keygen', 'listing', 'marquee',
  'nobr', 'noembed', 'noframes', 'plaintext', 'xmp', 'portal', 'x-widget', 'my-element',
];
/** SVG and MathML elements, including the ones used in namespace-confusion attacks. */
const FOREIGN_TAGS = [
  'svg', 'g', 'path', 'circle', 'text', 'foreignObject', 'use', 'image', 'animate', 'set', 'animateTransform', 'script', 'style',
  'desc', 'title', 'a', 'feImage', 'math', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mglyph', 'malignmark', 'annotation-xml', 'semantics',
  'maction', 'mstyle',
];
/** Container tags that make up real articles (weighted in so prose lands in the right places). */
const PROSE_TAGS = ['p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'td', 'figure', 'span', 'em', 'a', 'h2'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'keygen', 'isindex', 'image', 'basefont', 'bgsound', 'frame']);

/** Attribute names: handlers, URL carriers, styling, metadata the engine reads, clobbering names. */
export const ATTR_NAMES = [
  'onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'ONERROR', 'style', 'href', 'src', 'srcset',
  'data-src', 'data-srcset', 'data-lazy-src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background',
  'cite', 'ping', 'class', 'id', 'name', 'is', 'http-equiv', 'content', 'property', 'itemprop', 'rel', 'type', 'hidden',
  'aria-hidden', 'role', 'dir', 'lang', 'datetime', 'width', 'height', 'colspan', 'attributeName', 'values', 'to', 'xmlns',
  'shadowrootmode', 'open', 'autofocus', 'target', 'alt', 'title', 'sandbox', 'allow',
];
/** Attribute values: script-capable URLs in every spelling, CSS attacks, real-looking values, clutter words. */
export const ATTR_VALUES = [
  'javascript:__xss(1)', ' javascript:__xss(1)', 'JaVaScRiPt:__xss(1)', 'java&#x09;script:__xss(1)', 'java&#10;script:__xss(1)',
  '&#106;avascript:__xss(1)', 'javascript&colon;__xss(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>__xss(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', 'data:image/png;base64,iVBORw0KGgo=', 'blob:https://x/1',
  'javascript:__xss(1) 1x, https://img.example.com/b.jpg 2x', 'https://img.example.com/photo.jpg', '/images/lead.jpg',
  'https://www.youtube.com/embed/abc', '//player.vimeo.com/video/1', '#top', 'mailto:a@b.c', 'about:blank',
  '__xss(1)', 'alert(1)', 'expression(__xss(1))', 'background:url(javascript:__xss(1))', '-moz-binding:url(x.xml#y)',
  'display:none', 'visibility:hidden', 'position:fixed;inset:0;z-index:9999', 'refresh', '0;url=javascript:__xss(1)',
  'article-body', 'share-bar social', 'comments', 'related-stories', 'byline', 'ad-slot', 'content main', 'true', 'rtl', 'ltr',
  'x-evil', 'open', '2016-10-26T12:54:00+02:00', 'not a date', '1', '0', '', '"><img src=x onerror=__xss(1)>', "'><svg onload=__xss(1)>",
];

export type HNode =
  | { k: 'text'; t: string }
  | { k: 'raw'; s: string }
  | { k: 'comment'; t: string }
  | { k: 'el'; tag: string; attrs: Array<[string, string]>; kids: HNode[] };

/** Broken or tricky markup written verbatim (never escaped). */
const RAW_FRAGMENTS = [
  '<p', '</div></div></div>', '<table><p>cell-less text', '<!--', '-->', '<![CDATA[ x ]]>', '<svg><p>breakout</p>', '<a href="',
  '<a href=\'unterminated', '<select><option>x', '</br>', '</p>', '<image src=x>', '<math><mi>x', '</svg>', '</math>', '<title>',
  '<textarea>', '</textarea>', '<noscript>', '</noscript>', '<style>', '</style>', '<script>', '</script>', '<xmp>', '<iframe>',
  '<!doctype html>', '<html lang="ar" dir="rtl">', '<body onload=__xss(1)>', '<head>', '<frameset>', '&', '&amp', '&#0;', '&#xD800;',
  '&#x110000;', '&nbsp', '&notin;', '<', '>', '<<>>', '< p>', '<p/ >', '<img src=x onerror=__xss(1)//', '<?xml version="1.0"?>',
  '<form><form>', '<li><li><li>', '<td>', '<caption>', '<template><td>', '<plaintext>',
];

const attr: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ATTR_NAMES) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9:_-]{0,10}$/) }),
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ATTR_VALUES) }, { weight: 1, arbitrary: wildString(30) }),
);

const textNode: fc.Arbitrary<HNode> = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s): HNode => ({ k: 'text', t: s.join(' ') })) },
  { weight: 2, arbitrary: paragraphText.map((t): HNode => ({ k: 'text', t })) },
  { weight: 1, arbitrary: wildString(60).map((t): HNode => ({ k: 'text', t })) },
);
const rawNode: fc.Arbitrary<HNode> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RAW_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...VECTORS.map((v) => v.html)) },
  { weight: 1, arbitrary: wildString(20) },
).map((s): HNode => ({ k: 'raw', s }));

/** A chain of `depth` nested elements around some prose (deep nesting up to 500 levels). */
const deepChain: fc.Arbitrary<HNode> = fc
  .tuple(fc.integer({ min: 20, max: 500 }), fc.array(fc.constantFrom('div', 'span', 'section', 'b', 'font', 'blockquote', 'td', 'li', 'svg', 'math'), { minLength: 1, maxLength: 4 }), sentence)
  .map(([depth, tags, s]) => {
    let node: HNode = { k: 'el', tag: 'p', attrs: [], kids: [{ k: 'text', t: `${s} ${s} ${s}` }] };
    for (let d = 0; d < depth; d++) node = { k: 'el', tag: tags[d % tags.length]!, attrs: [], kids: [node] };
    return node;
  });

/** One huge text node (up to a few hundred thousand characters). */
const hugeText: fc.Arbitrary<HNode> = fc
  .tuple(sentence, fc.integer({ min: 1_000, max: 4_000 }), fc.constantFrom(' ', '\n', '\u00a0', '\u200b', ''))
  .map(([s, n, sep]): HNode => ({ k: 'el', tag: 'p', attrs: [], kids: [{ k: 'text', t: `${s}${sep}`.repeat(n).slice(0, 150_000) }] }));

const tree = fc.letrec<{ node: HNode; element: HNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 7, depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: textNode },
    { weight: 5, arbitrary: tie('element') },
    { weight: 1, arbitrary: rawNode },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((t): HNode => ({ k: 'comment', t })) },
  ),
  element: fc
    .record({
      tag: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PROSE_TAGS) }, { weight: 4, arbitrary: fc.constantFrom(...HTML_TAGS) }, { weight: 2, arbitrary: fc.constantFrom(...FOREIGN_TAGS) }),
      attrs: fc.array(attr, { maxLength: 4 }),
      kids: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map((e): HNode => ({ k: 'el', ...e })),
}));

/** Rare shapes stuck into the article: deep chains, huge texts. */
const special: fc.Arbitrary<HNode> = fc.oneof({ weight: 3, arbitrary: deepChain }, { weight: 1, arbitrary: hugeText });

const escapeText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Ampersands are left alone in attribute values on purpose: entity-encoded payloads must reach the parser.
const escapeAttr = (v: string): string => v.replace(/"/g, '&quot;');

export function serialize(n: HNode): string {
  switch (n.k) {
    case 'text': return escapeText(n.t);
    case 'raw': return n.s;
    case 'comment': return `<!--${n.t.replace(/-->/g, '')}-->`;
    case 'el': {
      const open = `<${n.tag}${n.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`;
      return VOID.has(n.tag) ? open : `${open}${n.kids.map(serialize).join('')}</${n.tag}>`;
    }
  }
}

/** Head content: metadata the engine trusts (JSON-LD, OpenGraph, base, dates) in hostile and broken forms. */
const headPart = fc.oneof(
  fc.constantFrom(...VECTORS.filter((v) => v.where === 'head').map((v) => v.html)),
  fc.tuple(fc.constantFrom('og:title', 'og:image', 'article:published_time', 'og:site_name', 'author', 'description'), fc.oneof(fc.constantFrom(...ATTR_VALUES), wildString(40)))
    .map(([p, v]) => `<meta property="${p}" name="${p}" content="${escapeAttr(v)}">`),
  fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({
    '@type': fc.constantFrom('NewsArticle', 'Article', ['NewsArticle', 'Thing'], 42, null),
    headline: fc.oneof(sentence, fc.jsonValue({ maxDepth: 2 })),
    datePublished: fc.oneof(fc.constantFrom('2016-10-26T12:54:00+02:00', '2016-02-31', '26 octobre 2016 à 12h54', '9999-99-99', ''), fc.jsonValue({ maxDepth: 1 })),
    author: fc.oneof(fc.record({ name: sentence }), fc.array(fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 })),
    image: fc.oneof(fc.constantFrom(...ATTR_VALUES), fc.jsonValue({ maxDepth: 2 })),
  }, { requiredKeys: [] })).map((j) => `<script type="application/ld+json">${JSON.stringify(j).replace(/</g, '\\u003c')}</script>`),
  fc.constantFrom('<base href="https://cdn.example.com/">', '<base href="/sub/">', '<link rel="stylesheet" href="x.css">', '<style>p{color:red}</style>', '<script>__xss(1)</script>', '<title>A title</title>'),
);

/** A whole page: head metadata, then an article block of prose paragraphs with random trees in between. */
export const hostilePage: fc.Arbitrary<string> = fc
  .record({
    lang: fc.constantFrom('en', 'fr', 'ar', 'he', 'zh', 'de', '', 'x'),
    dir: fc.constantFrom('', 'rtl', 'ltr', 'auto'),
    title: fc.oneof(sentence, wildString(40)),
    head: fc.array(headPart, { maxLength: 4 }),
    before: fc.array(tree.node, { maxLength: 3 }),
    wrapper: fc.constantFrom('article', 'div', 'main', 'section', 'td', 'form', 'font'),
    wrapperAttrs: fc.array(attr, { maxLength: 3 }),
    prose: fc.array(fc.tuple(fc.array(sentence, { minLength: 2, maxLength: 6 }), fc.array(tree.node, { maxLength: 2 })), { minLength: 1, maxLength: 8 }),
    special: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: special }),
    after: fc.array(tree.node, { maxLength: 3 }),
    odd: fc.option(fc.constantFrom(...ODD_CHARS.map((c) => c[0])), { freq: 3 }),
  })
  .map((p) => {
    const paragraphs = p.prose.map(([ss, extra]) => `<p>${escapeText(ss.join(' '))}${extra.map(serialize).join('')}</p>`);
    const body = [
      ...p.before.map(serialize),
      `<${p.wrapper}${p.wrapperAttrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`,
      `<h1>${escapeText(p.title)}</h1>`,
      ...paragraphs,
      p.special ? serialize(p.special) : '',
      `</${p.wrapper}>`,
      ...p.after.map(serialize),
    ].join('\n');
    const html = `<!doctype html><html lang="${p.lang}" dir="${p.dir}"><head><title>${escapeText(p.title)}</title>${p.head.join('')}</head><body>${body}</body></html>`;
    return p.odd ? html.split('</p>').join(`${p.odd}</p>`) : html;
  });

// inertHtml: inline handlers and <base href> leave the HTML before an extension page parses it; nothing else changes.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import { inertHtml } from '../../../src/core/dom/inert-html';

const parse = (html: string) => new JSDOM(html).window.document;
const handlers = (doc: Document) => [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));

describe('inertHtml', () => {
  it('drops every on… attribute, quoted or not, and keeps the other attributes and the text', () => {
    const html = `<div id="a" onclick="x()" class=c ONMOUSEOVER='y(">")' title="a>b" onload=z data-on="1"><img src=x.png onerror=alert(1) /><p>onclick = text, <b>bold</b></p></div>`;
    const { html: out } = inertHtml(html);
    const doc = parse(out);
    expect(handlers(doc)).toEqual([]);
    const div = doc.querySelector('div');
    expect(div?.getAttribute('id')).toBe('a');
    expect(div?.getAttribute('class')).toBe('c');
    expect(div?.getAttribute('title')).toBe('a>b');
    expect(div?.getAttribute('data-on')).toBe('1');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('x.png');
    expect(doc.querySelector('p')?.textContent).toBe('onclick = text, bold');
  });

  it('hands over the first <base href> and removes it', () => {
    const { html, baseHref } = inertHtml('<html><head><base target="_blank" href=" https://cdn.example/a/ "><base href="/other/"></head><body>x</body></html>');
    expect(baseHref).toBe('https://cdn.example/a/');
    const doc = parse(html);
    expect([...doc.querySelectorAll('base')].map((b) => b.getAttribute('href'))).toEqual([null, null]);
    expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
  });

  it('leaves script, style, textarea, title and comments as they are', () => {
    const html = '<title>a <b onclick=1> title</title><script type="application/ld+json">{"d":"less <than one hour"}</script><!-- <i onclick=2> --><style>p{}</style><textarea><u onfocus=3></textarea><p onclick=4>x</p>';
    const { html: out } = inertHtml(html);
    expect(out).toBe(html.replace(' onclick=4', ''));
  });

  it('handles noscript content as markup (DOMParser parses it so) and unterminated input', () => {
    expect(inertHtml('<noscript><img onerror="x" src="a"></noscript>').html).toBe('<noscript><img src="a"></noscript>');
    expect(inertHtml('<p onclick="never closed').html).toBe('<p');
    expect(inertHtml('<p a=1 onclick=x').html).toBe('<p a=1');
    expect(inertHtml('a < b and <3 and <').html).toBe('a < b and <3 and <');
  });

  it('on any markup: the parsed result has no handlers and the same text and element tags as before', () => {
    const attr = fc.tuple(fc.constantFrom('onclick', 'onerror', 'id', 'class', 'title', 'one', 'href'), fc.constantFrom('"a>b"', "'x'", 'v', '"on"', '""'));
    const tag = fc.tuple(fc.constantFrom('div', 'p', 'img', 'a', 'span', 'base'), fc.array(attr, { maxLength: 4 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 12 }), (tags) => {
        const html = tags.map(([t, attrs, text]) => `<${t} ${attrs.map(([n, v]) => `${n}=${v}`).join(' ')}>${text.replace(/[<&]/g, '')}</${t}>`).join('');
        const before = parse(html);
        const after = parse(inertHtml(html).html);
        expect(handlers(after)).toEqual([]);
        expect(after.body.textContent).toBe(before.body.textContent);
        expect([...after.querySelectorAll('*')].map((e) => e.tagName)).toEqual([...before.querySelectorAll('*')].map((e) => e.tagName));
      }),
      { numRuns: 150 },
    );
  });
});

// Robustness: the live page is never changed, bad input never throws, huge pages are refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { extractArticle, isArticle } from '../../../src/core/extract/index';
import { page, parse, prose } from './helpers';

describe('robustness', () => {
  it('does not mutate the document it reads', () => {
    const dom = parse(page(`<nav>Menu</nav><article><h1>T</h1><img data-src="/a.jpg"><noscript><img src="/b.jpg"></noscript>${prose(1)}${prose(2)}<script>1</script><iframe src="https://www.youtube.com/embed/x"></iframe></article>`));
    const before = dom.serialize();
    const art = extractArticle(dom.window.document, 'https://news.example/');
    expect(art).not.toBeNull();
    expect(dom.serialize()).toBe(before);
    expect(art!.content.ownerDocument).toBe(dom.window.document);
    expect(art!.content.parentNode).toBeNull();
  });

  it('returns null on empty or text-less pages and never throws on random markup', () => {
    expect(extractArticle(new JSDOM('').window.document)).toBeNull();
    expect(extractArticle(new JSDOM('<html><body><div><span></span></div></body></html>').window.document)).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const doc = new JSDOM(`<body>${s}<p>${s}</p></body>`).window.document;
      expect(() => extractArticle(doc, 'not a url')).not.toThrow();
      expect(() => isArticle(doc)).not.toThrow();
    }), { numRuns: 60 });
  });

  it('refuses pages larger than maxNodes', () => {
    const dom = parse(page(`<article>${prose(1)}${'<div><span>x</span></div>'.repeat(300)}</article>`));
    expect(extractArticle(dom.window.document, undefined, { maxNodes: 100 })).toBeNull();
    expect(extractArticle(dom.window.document, undefined, { maxNodes: 10_000 })).not.toBeNull();
  });

  it('tells articles from link pages', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Story number ${i} headline</a></li>`).join('');
    expect(isArticle(parse(page(`<ul>${links}</ul>`)).window.document).isArticle).toBe(false);
    const yes = isArticle(parse(page(`<article>${prose(1)}${prose(2)}${prose(3)}${prose(4)}</article>`)).window.document);
    expect(yes.isArticle).toBe(true);
    expect(yes.reason).toMatch(/prose/);
  });
});

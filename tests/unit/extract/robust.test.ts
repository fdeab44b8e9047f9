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

  it('counts prose written straight into a container between empty <p></p>s or <br>s, but not in chrome or link lists', () => {
    const runs = [1, 2, 3, 4].map((n) => textOf(prose(n))).join('<p></p>');
    expect(isArticle(parse(page(`<main><section class="article-page">${runs}</section></main>`)).window.document).isArticle).toBe(true);
    expect(isArticle(parse(page(`<section>${runs.replace(/<p><\/p>/g, '<br><br>')}</section>`)).window.document).isArticle).toBe(true);
    expect(isArticle(parse(page(`<footer><section>${runs}</section></footer>`)).window.document).isArticle).toBe(false);
    const links = [1, 2, 3, 4].map((n) => `<a href="/s${n}">${textOf(prose(n))}</a>`).join('');
    expect(isArticle(parse(page(`<section>${links}</section>`)).window.document).isArticle).toBe(false);
  });
});

describe('article detection in dense scripts', () => {
  it('a Chinese article of short-looking paragraphs is an article; the same count of Chinese link lines is not', () => {
    const para = '市政府周一宣布，将在今年年底前开通连接新区和老城区的第二条地铁线，全长28公里，共设19个车站，预计每天可运送乘客约40万人次，居民对此表示期待。';
    expect(para.length).toBeLessThan(140);
    const doc = parse(page(`<article>${Array.from({ length: 6 }, () => `<p>${para}</p>`).join('')}</article>`)).window.document;
    expect(isArticle(doc).isArticle).toBe(true);
    const list = parse(page(`<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">${para}</a></li>`).join('')}</ul>`)).window.document;
    expect(isArticle(list).isArticle).toBe(false);
  });
});

/** The text of a paragraph's HTML (prose() gives <p>…</p>). */
const textOf = (html: string): string => html.replace(/<[^>]+>/g, '');

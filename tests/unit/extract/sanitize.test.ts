// Safe output: scripts, styles, event handlers, javascript:/data: URLs, forms and foreign iframes never survive;
// allow-listed video embeds become inert placeholders.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createPurifySanitizer } from '../../../src/core/extract/purify';
import { extract, page, prose } from './helpers';

const dirty = page(`<article><h1>Safe</h1>${prose(1)}
  <p onclick="steal()" style="color:red" class="x" id="y">Click handler paragraph with enough words in it to count as a real paragraph.</p>
  <script>window.evil = 1</script><style>p { color: red }</style>
  <p><a href="javascript:alert(1)">js link</a> <a href="data:text/html,<script>alert(1)</script>">data link</a> <a href="vbscript:x">vb</a> <a href="https://ok.example/">ok link</a> and more words.</p>
  <img src="https://img.example/a.jpg" onerror="steal()" alt="pic">
  <form action="/login"><input name="q"><button>Go</button></form>
  <iframe src="https://evil.example/frame"></iframe>
  <iframe src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe>
  <svg><script>alert(1)</script></svg>
  ${prose(2)}${prose(3)}</article>`);

describe('sanitisation', () => {
  const art = extract(dirty);
  const html = art.html;

  it('removes scripts, styles, inline style/class/id and event handlers', () => {
    expect(html).not.toMatch(/<script|<style|onclick|onerror|style=|class=|id=/i);
    expect(html).toContain('Click handler paragraph');
  });

  it('removes javascript:, data: and vbscript: links but keeps web links', () => {
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(html).toContain('href="https://ok.example/"');
  });

  it('removes forms and foreign iframes; video embeds become inert placeholders', () => {
    expect(art.content.querySelector('form, input, button, iframe, svg')).toBeNull();
    const embed = art.content.querySelector('figure[data-readlens-embed]');
    expect(embed?.getAttribute('data-readlens-embed')).toBe('YouTube');
    expect(embed?.getAttribute('data-embed-src')).toBe('https://www.youtube.com/embed/abc123');
    expect(embed?.querySelector('a')?.getAttribute('href')).toBe('https://www.youtube.com/embed/abc123');
  });

  it('DOMPurify pass cleans what a page might smuggle past cleaning', () => {
    const dom = new JSDOM('<div id="r"><p onmouseover="x()">t</p><a href="javascript:x()">a</a><img src="data:image/png;base64,AAAA"><iframe src="https://x.example"></iframe></div>');
    const root = dom.window.document.getElementById('r')!;
    createPurifySanitizer(dom.window as unknown as Window & typeof globalThis)(root);
    expect(root.innerHTML).not.toMatch(/onmouseover|javascript:|data:|<iframe/);
    expect(root.textContent).toContain('t');
  });
});

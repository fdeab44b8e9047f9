// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textSegments } from '../../../src/core/read';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('textSegments', () => {
  it('gives one segment per block, whitespace collapsed', () => {
    const segs = textSegments(body('<p>  Hello\n  <b>big</b>   world </p><h2>Title</h2><ul><li>one</li><li>two</li></ul>'));
    expect(segs.map((s) => s.text)).toEqual(['Hello big world', 'Title', 'one', 'two']);
  });

  it('splits on <br> and sets captions apart', () => {
    const segs = textSegments(body('<p>a line<br>next line</p><figure><img><figcaption>Photo: AFP</figcaption></figure>'));
    expect(segs.map((s) => [s.text, s.caption])).toEqual([['a line', false], ['next line', false], ['Photo: AFP', true]]);
  });

  it('maps every character back to its text node', () => {
    const root = body('<p>Il a dit : <a href="#">« non »</a>   merci.</p>');
    const [seg] = textSegments(root);
    expect(seg?.text).toBe('Il a dit : « non » merci.');
    const rebuilt = seg!.points.slice(0, -1).map((p) => p.node.data[p.offset] ?? '').join('');
    // Collapsed whitespace maps to the first space of each run, so the rebuilt text equals the segment text.
    expect(rebuilt.replace(/\s/g, ' ')).toBe(seg!.text);
    const start = seg!.text.indexOf('«');
    expect(seg!.points[start]!.node.parentElement?.tagName).toBe('A');
  });

  it('skips scripts and empty blocks', () => {
    expect(textSegments(body('<p> </p><script>var x = 1</script><p>kept</p>')).map((s) => s.text)).toEqual(['kept']);
  });
});

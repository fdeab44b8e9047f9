// The block model's feature extractor: which elements are blocks, what text is their own, and what the
// features say about text, links, landmarks and the selected root.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, pageBlocks } from '../../../src/core/extract/block-features';
import type { PageBlock } from '../../../src/core/extract/block-features';
import { selectRoot } from '../../../src/core/extract/select';
import { page, parse, prose } from './helpers';

const html = page(`
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
  <main><article>
    <h1>Storm hits the harbour</h1>
    ${prose(1)}
    <div class="story">Lead in the wrapper's own text. ${prose(2)}</div>
    ${prose(3)}
  </article></main>
  <div class="sidebar"><p>Sidebar text that is not part of the story at all, written as a sentence.</p></div>`);

function blocksOf(source: string): PageBlock[] {
  const doc = parse(source).window.document;
  const sel = selectRoot(doc, 10_000)!;
  return pageBlocks(doc, sel);
}

const feature = (b: PageBlock, name: typeof FEATURE_NAMES[number]): number => b.features[FEATURE_NAMES.indexOf(name)]!;

describe('pageBlocks', () => {
  const blocks = blocksOf(html);
  const byText = (part: string): PageBlock => {
    const b = blocks.find((x) => x.text.includes(part));
    if (!b) throw new Error(`no block with ${part}`);
    return b;
  };

  it('lists blocks with own text in the order they close (a wrapper after its nested blocks), one feature per name', () => {
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(['Home', 'World news', 'Storm hits t', 'Paragraph 1 ', 'Paragraph 2 ', 'Lead in the ', 'Paragraph 3 ', 'Sidebar text']);
    for (const b of blocks) expect(b.features).toHaveLength(FEATURE_NAMES.length);
    for (const b of blocks) for (const v of b.features) expect(Number.isFinite(v)).toBe(true);
  });

  it('counts only a block\'s own text, not its nested blocks', () => {
    const wrapper = byText('Lead in the');
    expect(wrapper.text).toBe("Lead in the wrapper's own text.");
    expect(wrapper.el.tagName).toBe('DIV');
    expect(wrapper.len).toBe(wrapper.text.length);
  });

  it('describes links, landmarks and class words', () => {
    const nav = byText('World news');
    expect(feature(nav, 'link_density')).toBe(1);
    expect(feature(nav, 'chrome_above')).toBe(1);
    expect(feature(nav, 'tag_li')).toBe(1);
    expect(feature(nav, 'in_part')).toBe(0);
    const side = byText('Sidebar text');
    expect(feature(side, 'clutter_above')).toBe(1);
    expect(feature(side, 'in_root')).toBe(0);
  });

  it('marks prose inside the selected root as such', () => {
    const p1 = byText('Paragraph 1');
    expect(feature(p1, 'in_root')).toBe(1);
    expect(feature(p1, 'in_part')).toBe(1);
    expect(feature(p1, 'tag_p')).toBe(1);
    expect(feature(p1, 'link_density')).toBe(0);
    expect(feature(p1, 'stopword_ratio')).toBeGreaterThan(0.2);
    expect(feature(p1, 'ends_sentence')).toBe(1);
    expect(feature(p1, 'after_h1')).toBe(1);
    expect(feature(p1, 'article_above')).toBe(1);
    // Paragraphs 1 and 3 share their parent: most of the root's text sits under that kind of parent.
    expect(feature(p1, 'parent_share')).toBeGreaterThan(0.5);
    expect(feature(byText('Home'), 'after_h1')).toBe(0);
  });

  it('describes neighbours and the distance to the root', () => {
    const side = byText('Sidebar text');
    const p3 = byText('Paragraph 3');
    expect(feature(side, 'prev_log_len')).toBeCloseTo(feature(p3, 'log_len'));
    expect(feature(side, 'prev_in_root')).toBe(1);
    expect(feature(side, 'blocks_to_root')).toBeCloseTo(1 / 20);
    // The root (<article>) starts with the headline, two blocks after "Home".
    expect(feature(byText('Home'), 'blocks_to_root')).toBeCloseTo(2 / 20);
  });

  it('skips scripts, hidden elements and forms controls', () => {
    const b = blocksOf(page(`${prose(1)}<div hidden><p>Hidden prose sentence that must not count.</p></div><script>var x = "code";</script>`));
    expect(b.map((x) => x.text).join(' ')).not.toMatch(/Hidden|code/);
  });
});

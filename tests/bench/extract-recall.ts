// Where recall is lost: for dragnet-train pages of one part of the split (train by default), every gold block
// missing from the output is put down to a stage — not in the selected parts, or removed inside them by a
// cleaning rule — and the lost characters are summed per stage; then each page under a recall bar is given the
// cause that lost most of its gold. Usage: node tests/bench/extract-recall.mjs [--part train|dev] [--limit N]
//   [--below 0.8] [--model] [--list]

import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { isHidden } from '../../src/core/dom/inspect';
import { pageBlocks } from '../../src/core/extract/block-features';
import { BLOCK_MODEL } from '../../src/core/extract/block-model';
import { extractArticle } from '../../src/core/extract/index';
import { CHROME_TAGS } from '../../src/core/extract/rules';
import { isClutter, selectRoot } from '../../src/core/extract/select';
import { labelBlocks } from './lib/block-fit';
import { loadDragnet } from './lib/dragnet';
import { pageRecall, shingleMatch } from './lib/metric';
import { sharedDir } from './lib/pages';
import { readSplit } from './lib/split';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const limit = Number(opt('--limit') ?? 0) || Infinity;
const part = opt('--part') ?? 'train';
if (part === 'test') throw new Error('the test part is read by the benchmark only, once');
const below = Number(opt('--below') ?? 0.8);
const repoRoot = process.env['READLENS_ROOT'] ?? path.resolve('.');
const split = readSplit(path.join(repoRoot, 'tests/bench/data/dragnet-split.json'))!;
const pages = loadDragnet(sharedDir(repoRoot)).filter((p) => split.pages[p.id] === part).slice(0, limit);
const META = /byline|dateline|timestamp|meta|published|updated|kicker|eyebrow|caption|credit|copyright|writer/i;

/** The first cleaning rule that applies to `el` or an ancestor inside the part. */
function reason(el: Element, inside: Element): string {
  for (let e: Element | null = el; e && e !== inside; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (isHidden(e)) return 'hidden';
    if (CHROME_TAGS.has(tag) || /navigation|banner|contentinfo|complementary/.test(e.getAttribute('role') ?? '')) return `chrome <${tag.toLowerCase()}>`;
    if (isClutter(e)) return 'clutter class word';
    if (META.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return 'meta class word';
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption (left out of text)';
    if (tag === 'FORM' || tag === 'NOSCRIPT' || tag === 'IFRAME') return `<${tag.toLowerCase()}>`;
  }
  const links = Array.from(el.querySelectorAll('a')).reduce((a, x) => a + (x.textContent ?? '').length, 0);
  if (links > 0.5 * (el.textContent ?? '').length) return 'link density';
  if (/^H[1-6]$/.test(el.tagName)) return 'heading (title?)';
  return 'other (short text rule, date, byline…)';
}

/** Where a gold block outside the selected parts sits, relative to the root. */
function outside(el: Element, root: Element, firstKept: Element | null): string {
  // Before every kept gold block: the article's opening (standfirst, first paragraph) left above the root.
  const opening = !!firstKept && (el.compareDocumentPosition(firstKept) & 4) !== 0;
  let up = 0;
  for (let e: Element | null = root.parentElement; e && !e.contains(el); e = e.parentElement) up++;
  const where = up === 0 ? 'sibling of root' : up <= 2 ? `${up + 1} levels up` : 'far (4+ levels up)';
  return `selection: ${opening ? 'opening, ' : ''}${where}`;
}

/** Per stage: lost characters, blocks, and the sum over pages of the share of each page's gold lost there. */
const lost = new Map<string, { chars: number; blocks: number; pages: Set<string>; share: number }>();
/** Pages under the recall bar by the cause that lost most of their gold. */
const causes = new Map<string, string[]>();
let goldChars = 0;
let pageGold = 0;
const add = (k: string, chars: number, id: string): void => {
  const v = lost.get(k) ?? { chars: 0, blocks: 0, pages: new Set<string>(), share: 0 };
  v.chars += chars; v.blocks++; v.pages.add(id); v.share += chars / (pageGold || 1);
  lost.set(k, v);
};
const model = argv.includes('--model') ? { blockModel: BLOCK_MODEL } : {};
for (const p of pages) {
  const dom = new JSDOM(stripStyleBlocks(p.html), { url: p.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const sel = selectRoot(doc, 60_000);
  const art = extractArticle(doc, p.url, model);
  const recall = pageRecall(shingleMatch(p.truth, art?.text ?? ''));
  const mine = new Map<string, number>();
  const note = (k: string, chars: number): void => { add(k, chars, p.id); mine.set(k, (mine.get(k) ?? 0) + chars); };
  if (!sel || !art) {
    pageGold = 1;
    note('no article', 0);
  } else {
    const out = art.text.replace(/\s+/g, ' ');
    const blocks = pageBlocks(doc, sel);
    const labels = labelBlocks(blocks.map((b) => b.text), p.truth);
    pageGold = blocks.reduce((a, b, i) => a + (labels[i] ? b.len : 0), 0);
    const kept = blocks.map((b, i) => !!labels[i] && out.includes(b.text.slice(0, 80)));
    const firstKept = blocks.filter((_, i) => kept[i]).map((b) => b.el).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))[0] ?? null;
    // The root holds little of the gold: the wrong container, not a narrow one.
    const inRoot = blocks.reduce((a, b, i) => a + (labels[i] && sel.parts.some((x) => x.contains(b.el)) ? b.len : 0), 0);
    const wrong = inRoot < 0.3 * pageGold;
    blocks.forEach((b, i) => {
      if (!labels[i]) return;
      goldChars += b.len;
      if (kept[i]) return;
      const within = sel.parts.find((x) => x.contains(b.el));
      if (!within) note(wrong ? 'selection: wrong container' : outside(b.el, sel.root, firstKept), b.len);
      else note(`cleaning: ${reason(b.el, within)}`, b.len);
    });
    if (!pageGold) note('gold not found in the page\'s blocks', 0);
  }
  if (recall < below) {
    const top = [...mine].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'gold not found in the page\'s blocks';
    causes.set(top, [...(causes.get(top) ?? []), `${p.id} (R ${recall.toFixed(2)})`]);
  }
  dom.window.close();
}
console.log(`${pages.length} ${part} pages, ${goldChars} characters in gold blocks of 4 words or more (comments after Dragnet's mark left out); lost:`);
for (const [k, v] of [...lost].sort((a, b) => b[1].chars - a[1].chars)) {
  console.log(`  ${k.padEnd(48)} ${(v.chars / goldChars * 100).toFixed(1).padStart(5)}% of gold chars  ${(v.share / pages.length * 100).toFixed(1).padStart(5)}% per page (mean)  ${String(v.blocks).padStart(5)} blocks  ${String(v.pages.size).padStart(4)} pages`);
}
const n = [...causes.values()].reduce((a, b) => a + b.length, 0);
console.log(`\n${n} pages with recall < ${below}, by the cause that lost most of their gold:`);
for (const [k, ids] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(ids.length).padStart(4)}  ${k}${argv.includes('--list') ? `\n        ${ids.join(', ')}` : ''}`);
}

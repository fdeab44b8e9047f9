// Where recall is lost: for dragnet-train pages of the split's train part, every gold block missing from the
// output is put down to a stage — not in the selected parts, or removed inside them by a cleaning rule — and the
// lost characters are summed per stage. Usage: node tests/bench/extract-recall.mjs [--limit N]

import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { isHidden } from '../../src/core/dom/inspect';
import { pageBlocks } from '../../src/core/extract/block-features';
import { extractArticle } from '../../src/core/extract/index';
import { CHROME_TAGS } from '../../src/core/extract/rules';
import { isClutter, selectRoot } from '../../src/core/extract/select';
import { labelBlocks } from './lib/block-fit';
import { loadDragnet } from './lib/dragnet';
import { sharedDir } from './lib/pages';
import { readSplit } from './lib/split';

const argv = process.argv.slice(2);
const limit = Number(argv[argv.indexOf('--limit') + 1] ?? 0) || Infinity;
const repoRoot = process.env['READLENS_ROOT'] ?? path.resolve('.');
const split = readSplit(path.join(repoRoot, 'tests/bench/data/dragnet-split.json'))!;
const pages = loadDragnet(sharedDir(repoRoot)).filter((p) => split.pages[p.id] === 'train').slice(0, limit);
const META = /byline|dateline|timestamp|meta|published|updated|kicker|eyebrow|caption|credit|copyright|writer/i;

/** The first cleaning rule that applies to `el` or an ancestor inside the part. */
function reason(el: Element, part: Element): string {
  for (let e: Element | null = el; e && e !== part; e = e.parentElement) {
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

/** Per stage: lost characters, blocks, and the sum over pages of the share of each page's gold lost there. */
const lost = new Map<string, { chars: number; blocks: number; pages: Set<string>; share: number }>();
let goldChars = 0;
let pageGold = 0;
const add = (k: string, chars: number, id: string): void => {
  const v = lost.get(k) ?? { chars: 0, blocks: 0, pages: new Set<string>(), share: 0 };
  v.chars += chars; v.blocks++; v.pages.add(id); v.share += chars / (pageGold || 1);
  lost.set(k, v);
};
for (const p of pages) {
  const dom = new JSDOM(stripStyleBlocks(p.html), { url: p.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const sel = selectRoot(doc, 60_000);
  const art = extractArticle(doc, p.url);
  if (!sel || !art) { pageGold = 1; add('no article', 0, p.id); continue; }
  const out = art.text.replace(/\s+/g, ' ');
  const blocks = pageBlocks(doc, sel);
  const labels = labelBlocks(blocks.map((b) => b.text), p.truth);
  pageGold = blocks.reduce((a, b, i) => a + (labels[i] ? b.len : 0), 0);
  blocks.forEach((b, i) => {
    if (!labels[i]) return;
    goldChars += b.len;
    if (out.includes(b.text.slice(0, 80))) return;
    const part = sel.parts.find((x) => x.contains(b.el));
    if (!part) {
      const up = sel.root.parentElement?.contains(b.el) ? 'sibling of root' : sel.root.parentElement?.parentElement?.contains(b.el) ? '2 levels up' : 'further away';
      add(`selection: ${up}`, b.len, p.id);
    } else add(`cleaning: ${reason(b.el, part)}`, b.len, p.id);
  });
  dom.window.close();
}
console.log(`${pages.length} train pages, ${goldChars} characters in gold blocks of 4 words or more (comments after Dragnet's mark left out); lost:`);
for (const [k, v] of [...lost].sort((a, b) => b[1].chars - a[1].chars)) {
  console.log(`  ${k.padEnd(48)} ${(v.chars / goldChars * 100).toFixed(1).padStart(5)}% of gold chars  ${(v.share / pages.length * 100).toFixed(1).padStart(5)}% per page (mean)  ${String(v.blocks).padStart(5)} blocks  ${String(v.pages.size).padStart(4)} pages`);
}

// Debug helper for the extraction benchmark: shows, for pages matching an id part, what Readlens chose and
// which ground-truth text it missed or added. Usage: node tests/bench/extract-debug.mjs <id part> [--html]
// (or <id> --dragnet for a page of dragnet-train's train or dev part)

import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { stripStyleBlocks } from '../../src/cli/html-file';
import { extractArticle } from '../../src/core/extract/index';
import { selectRoot } from '../../src/core/extract/select';
import { pageF1, shingleMatch } from './lib/metric';
import { loadDragnet } from './lib/dragnet';
import { loadArticlebench, loadReadability, sharedDir } from './lib/pages';
import { readSplit } from './lib/split';

const part = process.argv[2] ?? '';
const shared = sharedDir(process.env['READLENS_ROOT'] ?? path.resolve('.'));
const root = process.env['READLENS_ROOT'] ?? path.resolve('.');
// dragnet pages of the split's train and dev parts only (its test part is never looked at).
const split = readSplit(path.join(root, 'tests/bench/data/dragnet-split.json'));
const dragnet = process.argv.includes('--dragnet') ? loadDragnet(shared).filter((p) => { const s = split?.pages[p.id]; return s === 'train' || s === 'dev'; }) : [];
const pages = [...loadArticlebench(shared), ...loadReadability(shared), ...dragnet].filter((p) => (dragnet.length ? p.set === 'dragnet' && p.id === part : p.id.includes(part)));


function describe(el: Element): string {
  const out: string[] = [];
  for (let e: Element | null = el; e && out.length < 6; e = e.parentElement) {
    out.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).slice(0, 3).join('.') : ''}`);
  }
  return out.join(' < ');
}

/** The innermost element holding `snippet`, described with its ancestors, and whether it lies in the root. */
function where(doc: Document, snippet: string, root: Element | undefined): string {
  let hit: Element | null = null;
  for (const el of Array.from(doc.body.getElementsByTagName('*'))) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').includes(snippet)) hit = el;
  }
  if (!hit) return 'not found';
  return `${root?.contains(hit) ? '[in root] ' : ''}${describe(hit)}`;
}

for (const page of pages.slice(0, 3)) {
  const dom = new JSDOM(stripStyleBlocks(page.html), { url: page.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const sel = selectRoot(doc, 100000);
  const art = extractArticle(doc, page.url);
  const truth = page.set !== 'readability' ? page.truth : (() => { const t = doc.createElement('template'); t.innerHTML = page.truth; return t.content.textContent ?? ''; })();
  const text = art?.text ?? '';
  console.log(`=== ${page.id} ${page.url}\nparts: ${sel?.parts.length}  root: ${sel ? describe(sel.root) : 'none'} score ${sel?.score.toFixed(0)}  F1 ${pageF1(shingleMatch(truth, text)).toFixed(3)}`);
  console.log(`title: ${art?.title}\nbyline: ${art?.byline}\npublished: ${art?.published} modified: ${art?.modified}\nlead: ${JSON.stringify(art?.leadImage)}\nexcerpt: ${art?.excerpt.slice(0, 200)}`);
  const paras = new Set(art?.paragraphs ?? []);
  const truthParas = truth.split(/\n+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const textNorm = text.replace(/\s+/g, ' ');
  console.log('--- missing (truth lines not in output):');
  for (const t of truthParas) {
    if (textNorm.includes(t.slice(0, 60))) continue;
    console.log('  - ' + t.slice(0, 160));
    if (process.argv.includes('--where')) console.log(`      in ${where(doc, t.slice(0, 40), sel?.root)}`);
  }
  const truthNorm = truth.replace(/\s+/g, ' ');
  console.log('--- extra (output paragraphs not in truth):');
  for (const p of paras) if (!truthNorm.includes(p.slice(0, 60))) console.log('  + ' + p.slice(0, 160));
  if (process.argv.includes('--html')) console.log(art?.html.slice(0, 4000));
}

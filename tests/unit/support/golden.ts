// Golden outputs: each fixture page run through the real pipeline (jsdom → extract with the DOMPurify sanitiser →
// segments → language engine), reduced to what a reviewer reads in a diff. Used by tests/unit/golden.test.ts to
// compare and by scripts/update-golden.mjs (npm run golden) to rewrite tests/fixtures/golden/<name>/expected.json.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { ATTRIBUTION } from '../../../src/core/analyze/attribution-model';
import { createPurifySanitizer } from '../../../src/core/extract/purify';
import { prepareArticle, type PreparedArticle } from '../../../src/core/read/index';
import { stripStyleBlocks } from '../../../src/cli/html-file';

/** One fixture page with a golden file; `file` and `golden` are relative to tests/fixtures. */
export interface GoldenCase { name: string; file: string; url: string; golden: string }

/** Relative dates in pages without a publish date resolve against this fixed clock, so goldens never age. */
const CLOCK = new Date('2026-01-01T12:00:00Z');
/** Characters of each paragraph kept in the outline: enough to recognise it, little enough to keep diffs short. */
const OUTLINE_CHARS = 60;

/** The hand-made pages (tests/fixtures/pages/*.html) and the Readability pages (tests/fixtures/readability/<name>/). */
export function goldenCases(fixturesDir: string): GoldenCase[] {
  const own = fs.readdirSync(path.join(fixturesDir, 'pages')).filter((f) => f.endsWith('.html')).sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), file: `pages/${f}`, url: `https://fixtures.readlens.test/${f}` }));
  const readability = fs.readdirSync(path.join(fixturesDir, 'readability')).sort()
    .filter((n) => fs.existsSync(path.join(fixturesDir, 'readability', n, 'source.html')))
    // Readability's own tests load every page at this address.
    .map((n) => ({ name: `readability-${n}`, file: `readability/${n}/source.html`, url: 'http://fakehost/test/page.html' }));
  return [...own, ...readability].map((c) => ({ ...c, golden: `golden/${c.name}/expected.json` }));
}

const outline = (p: string): string => (p.length > OUTLINE_CHARS ? `${p.slice(0, OUTLINE_CHARS)}… (${p.length} chars)` : p);
/** Optional fields appear only when set, as in the digest itself. */
const opt = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));

/** One case's page prepared as the extension prepares it (jsdom, DOMPurify); `use` reads it before the window closes. */
export function withPrepared<T>(fixturesDir: string, c: GoldenCase, use: (prepared: PreparedArticle | null) => T): T {
  const html = fs.readFileSync(path.join(fixturesDir, c.file), 'utf8');
  const dom = new JSDOM(stripStyleBlocks(html), { url: c.url, virtualConsole: new VirtualConsole() });
  const win = dom.window as unknown as Window & typeof globalThis;
  try {
    return use(prepareArticle(win.document, c.url, { sanitize: createPurifySanitizer(win) }));
  } finally {
    dom.window.close();
  }
}

/** What the golden file holds for one page. */
export function computeGolden(fixturesDir: string, c: GoldenCase): object {
  return withPrepared(fixturesDir, c, (prepared) => summarise(c, prepared));
}

function summarise(c: GoldenCase, prepared: PreparedArticle | null): object {
  const base = { source: `tests/fixtures/${c.file}`, url: c.url };
  if (!prepared) return { ...base, article: null, digest: null };
  const { article: a, detection, input } = prepared;
  const d = analyzeArticle(input, { now: CLOCK, attribution: ATTRIBUTION }); // as the background analyses
  return {
    ...base,
    isArticle: detection.isArticle,
    article: {
      title: a.title, byline: a.byline, siteName: a.siteName, published: a.published, modified: a.modified,
      lang: a.lang, dir: a.dir, excerpt: a.excerpt, leadImage: a.leadImage, wordCount: a.wordCount, readingMinutes: a.readingMinutes,
    },
    text: {
      sha256: createHash('sha256').update(a.text).digest('hex'),
      chars: a.text.length,
      paragraphs: input.paragraphs.map(outline),
    },
    digest: {
      lang: d.lang,
      langSource: d.langSource,
      summary: d.summary.map((s) => ({ paragraph: s.paragraph, text: s.text })),
      quotes: d.quotes.map((q) => ({ speaker: q.speaker, ...opt('role', q.role), paragraph: q.paragraph, text: q.text })),
      facts: {
        people: d.facts.people.map((p) => ({ name: p.name, ...opt('role', p.role), mentions: p.mentions })),
        places: d.facts.places.map((p) => ({ text: p.text, mentions: p.mentions })),
        organisations: d.facts.organisations.map((o) => ({ text: o.text, aliases: o.aliases, mentions: o.mentions })),
        dates: d.facts.dates.map((x) => ({ text: x.text, iso: x.iso })),
        figures: d.facts.figures.map((f) => ({ text: f.text, value: f.value, ...opt('unit', f.unit), ...opt('counts', f.counts), kind: f.kind })),
      },
      stats: { sentences: d.stats.sentences, words: d.stats.words },
    },
  };
}

/** The file's exact text: keys in the order built above, two-space indent, each array item (a sentence, quotation,
 *  fact or paragraph) on one line whatever its length, so that a diff shows one changed item per line. */
export function goldenText(value: object): string {
  return layout(value, '') + '\n';
}

function layout(v: unknown, indent: string): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const inner = indent + '  ';
  const items = Array.isArray(v)
    ? v.map((x) => inner + JSON.stringify(x))
    : Object.entries(v).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${layout(x, inner)}`);
  if (!items.length) return JSON.stringify(v);
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

// Page metadata: title, byline, site name, dates, language, direction and description from JSON-LD,
// OpenGraph, <meta>, microdata and <time>, in that order of trust.

import { squash } from '../dom/text';
import { cleanByline } from './byline';
import { toIso } from './dates';
import type { PageFacts } from './select';
import type { Article } from './types';

/** What the page's metadata says; the fields it shares with Article mean the same there (typed once, in Article). */
export interface PageMeta extends Pick<Article, 'byline' | 'siteName' | 'published' | 'modified' | 'lang' | 'dir'> {
  /** The best metadata title (titleCandidates[0]); the article's own title is picked against the page's headings. */
  title: string;
  titleCandidates: string[];
  description: string;
  image: string;
  /** Article body text from JSON-LD when the page publishes it (used as a hint, never as output). */
  ldBody: string;
}

type Json = Record<string, unknown>;

/** schema.org types that describe an article-like page. */
const ARTICLE_TYPES = /(?:^|\b)(?:\w*Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting|ScholarlyArticle|Review|OpinionNewsArticle|AnalysisNewsArticle)$/;
/** Languages written right to left. */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'syr']);

function str(v: unknown): string {
  if (typeof v === 'string') return squash(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean)[0] ?? '';
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o['name'] ?? o['@value'] ?? o['url'] ?? o['text'] ?? '');
  }
  return '';
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [squash(v)];
  if (typeof v === 'object') {
    const n = (v as Json)['name'];
    return typeof n === 'string' ? [squash(n)] : names(n);
  }
  return [];
}

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** Collects JSON-LD objects (flattening @graph and arrays) and returns the most article-like one. */
function readJsonLd(scripts: Element[]): Json | null {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (!v || depth > 4) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    if (typeof v !== 'object') return;
    const o = v as Json;
    if (typeOf(o)) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o['mainEntity']) visit(o['mainEntity'], depth + 1);
  };
  for (const s of scripts) {
    const txt = s.textContent;
    if (!txt || txt.length > 500_000) continue;
    try {
      visit(JSON.parse(txt.replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; other sources fill in.
    }
  }
  return found.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o['headline'] || o['articleBody'])) ??
    found.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? null;
}

function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const content = m.getAttribute('content');
    if (!content) continue;
    const keys = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`;
    for (const k of keys.toLowerCase().split(/\s+/)) {
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: string[]): string {
  for (const k of keys) {
    const v = map.get(k);
    if (v && v.trim()) return squash(v);
  }
  return '';
}

function attrOrText(el: Element | null): string {
  if (!el) return '';
  return el.getAttribute('content') ?? el.getAttribute('datetime') ?? squash(el.textContent ?? '');
}

/** Strips a site name glued to a title with a separator ("Headline | Site", "Site - Headline"). */
export function cleanTitle(raw: string, siteName: string): string {
  const t = squash(raw);
  const parts = t.split(/\s+[|–—\-:»·•\\/]\s+/);
  if (parts.length < 2) return t;
  const site = siteName.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== site);
  if (kept.length && kept.length < parts.length) return kept.join(' - ');
  // Otherwise drop a short end piece that looks like a site name.
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  if (tail.split(' ').length <= 4 && head.split(' ').length >= 3) return parts.slice(0, -1).join(' - ');
  if (head.split(' ').length <= 3 && tail.split(' ').length >= 4) return parts.slice(1).join(' - ');
  return t;
}

/** First element of `list` whose itemprop list holds `prop`. */
function byProp(list: Element[], prop: string): Element | null {
  for (const el of list) if ((el.getAttribute('itemprop') ?? '').split(/\s+/).includes(prop)) return el;
  return null;
}

export function readMeta(doc: Document, facts: PageFacts): PageMeta {
  const ld = readJsonLd(facts.jsonLd);
  const meta = metaMap(facts.metas);
  const siteName = str(ld?.['publisher']) || first(meta, ['og:site_name', 'application-name', 'twitter:site']).replace(/^@/, '');

  const rawTitles = [
    str(ld?.['headline']), first(meta, ['og:title', 'twitter:title', 'dc.title', 'title', 'headline']),
    squash(facts.title),
  ].filter(Boolean);
  const titleCandidates = Array.from(new Set(rawTitles.map((t) => cleanTitle(t, siteName)).concat(rawTitles)));

  // Byline: JSON-LD authors, then <meta name=author>, then rel/itemprop author, then byline classes.
  let byline = names(ld?.['author']).map((n) => cleanByline(n)).filter(Boolean).join(', ');
  if (!byline) byline = cleanByline(first(meta, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author']));
  if (!byline) {
    const author = byProp(facts.itemprops, 'author');
    const name = author ? author.querySelector('[itemprop~="name"]') : null;
    byline = cleanByline(attrOrText(name ?? author));
  }
  for (let i = 0; !byline && i < facts.bylines.length && i < 5; i++) {
    const el = facts.bylines[i]!;
    if ((el.textContent ?? '').length < 200) byline = cleanByline(attrOrText(el));
  }

  const published = toIso(str(ld?.['datePublished'])) ??
    toIso(first(meta, ['article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'article.published', 'published_time'])) ??
    toIso(attrOrText(byProp(facts.itemprops, 'datePublished'))) ??
    toIso((facts.times.find((t) => t.hasAttribute('pubdate')) ?? facts.times.find((t) => t.hasAttribute('datetime')))?.getAttribute('datetime'));
  const modified = toIso(str(ld?.['dateModified'])) ??
    toIso(first(meta, ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated', 'modified_time'])) ??
    toIso(attrOrText(byProp(facts.itemprops, 'dateModified')));

  const html = doc.documentElement;
  let lang = (html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? '').trim();
  if (!lang) lang = first(meta, ['content-language', 'og:locale', 'language', 'dc.language']).replace('_', '-');
  if (!lang && ld) lang = str(ld['inLanguage']);
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir: 'ltr' | 'rtl' = dirAttr === 'rtl' || (dirAttr !== 'ltr' && RTL_LANGS.has(lang.toLowerCase().split('-')[0] ?? '')) ? 'rtl' : 'ltr';

  const description = str(ld?.['description']) || first(meta, ['og:description', 'description', 'twitter:description']);
  const image = str(ld?.['image']) || first(meta, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']);
  const ldBody = typeof ld?.['articleBody'] === 'string' ? (ld['articleBody'] as string) : '';

  return {
    title: titleCandidates[0] ?? '', titleCandidates, byline, siteName, published, modified, lang, dir, description, image, ldBody,
  };
}

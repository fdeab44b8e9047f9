// Well-formedness oracles for the engines' results: an Article, a Digest and its quotations.
import type { Article } from '../../../../src/core/extract';
import type { Digest, Quote } from '../../../../src/core/analyze/types';

/** ISO 8601 date or date-time as the engine emits it (offset or Z optional). */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parseable by Date and a real calendar day (V8 quietly rolls 2016-02-31 over to March). */
export function isIso(v: string): boolean {
  if (!ISO.test(v) || Number.isNaN(Date.parse(v))) return false;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** Every way an Article breaks its contract (empty when well-formed). */
export function articleProblems(a: Article): string[] {
  const p: string[] = [];
  for (const k of ['url', 'title', 'byline', 'siteName', 'lang', 'excerpt', 'html', 'text'] as const) {
    if (typeof a[k] !== 'string') p.push(`${k} is ${typeof a[k]}`);
  }
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.every((s) => typeof s === 'string')) p.push('paragraphs is not string[]');
  else if (a.paragraphs.some((s) => s.trim() === '' || s !== s.trim())) p.push('paragraphs holds empty or untrimmed strings');
  if (!Number.isInteger(a.wordCount) || a.wordCount < 0) p.push(`wordCount ${a.wordCount}`);
  if (!Number.isInteger(a.readingMinutes) || a.readingMinutes < 1) p.push(`readingMinutes ${a.readingMinutes}`);
  if (a.dir !== 'ltr' && a.dir !== 'rtl') p.push(`dir ${String(a.dir)}`);
  for (const k of ['published', 'modified'] as const) {
    const v = a[k];
    if (v !== null && (typeof v !== 'string' || !isIso(v))) p.push(`${k} not null nor ISO: ${JSON.stringify(v)}`);
  }
  if (!a.content || a.content.nodeType !== 1) p.push('content is not an element');
  else if (a.content.parentNode) p.push('content is attached to the page');
  if (a.content && a.html !== a.content.innerHTML) p.push('html differs from content.innerHTML');
  if (a.url && !/^https?:\/\//i.test(a.url)) p.push(`url is not http(s): ${JSON.stringify(a.url.slice(0, 80))}`);
  if (a.leadImage) {
    const li = a.leadImage;
    if (!/^https?:\/\//i.test(li.src)) p.push(`leadImage.src not http(s): ${JSON.stringify(li.src.slice(0, 80))}`);
    for (const k of ['alt', 'caption', 'credit'] as const) if (typeof li[k] !== 'string') p.push(`leadImage.${k} is ${typeof li[k]}`);
  }
  return p;
}

/** Every way a quotation breaks its offsets contract against its paragraph. */
export function quoteProblems(q: Quote, paragraphs: readonly string[]): string[] {
  const p: string[] = [];
  const para = paragraphs[q.paragraph];
  if (!Number.isInteger(q.paragraph) || para === undefined) return [`paragraph index ${q.paragraph} out of range`];
  const ints = [q.outerStart, q.start, q.end, q.outerEnd];
  if (!ints.every(Number.isInteger)) p.push(`non-integer offsets ${ints.join(',')}`);
  if (!(q.outerStart >= 0 && q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd && q.outerEnd <= para.length)) {
    p.push(`offsets out of order: 0 ≤ ${q.outerStart} ≤ ${q.start} ≤ ${q.end} ≤ ${q.outerEnd} ≤ ${para.length}`);
  }
  if (para.slice(q.start, q.end) !== q.text) p.push(`text ${JSON.stringify(q.text.slice(0, 60))} ≠ slice ${JSON.stringify(para.slice(q.start, q.end).slice(0, 60))}`);
  if (q.speaker !== null && typeof q.speaker !== 'string') p.push('speaker neither string nor null');
  if (!(q.confidence >= 0 && q.confidence <= 1)) p.push(`confidence ${q.confidence}`);
  return p;
}

/** Problems of a whole digest: quotation offsets, summary offsets, stats. */
export function digestProblems(d: Digest, paragraphs: readonly string[]): string[] {
  const p: string[] = [];
  if (typeof d.lang !== 'string') p.push('lang not a string');
  d.quotes.forEach((q, i) => p.push(...quoteProblems(q, paragraphs).map((m) => `quote ${i}: ${m}`)));
  d.summary.forEach((s, i) => {
    const para = paragraphs[s.paragraph];
    if (para === undefined) p.push(`summary ${i}: paragraph ${s.paragraph} out of range`);
    else if (!(s.start >= 0 && s.start <= s.end && s.end <= para.length)) p.push(`summary ${i}: offsets ${s.start}-${s.end} of ${para.length}`);
  });
  if (!Number.isInteger(d.stats.sentences) || d.stats.sentences < 0) p.push(`stats.sentences ${d.stats.sentences}`);
  if (!Number.isInteger(d.stats.words) || d.stats.words < 0) p.push(`stats.words ${d.stats.words}`);
  return p;
}

/** Quotations of one paragraph whose outer spans overlap (the highlighter wraps them one by one). */
export function overlappingQuotes(quotes: readonly Quote[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i]!;
      const b = quotes[j]!;
      if (a.paragraph === b.paragraph && a.outerStart < b.outerEnd && b.outerStart < a.outerEnd) out.push([i, j]);
    }
  }
  return out;
}

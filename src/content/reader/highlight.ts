// Wraps the digest's quotations in <q class="rl-quote"> in the reader body: markup only, the words stay as they are.
import type { Quote } from '../../core/analyze/types';
import type { DomPoint, Segment } from '../../core/read';

/** A DOM range from segment offsets [start, end): the text between them, exactly. */
export function segmentRange(doc: Document, segment: Segment, start: number, end: number): Range | null {
  if (start < 0 || end > segment.text.length || start >= end) return null;
  const first = segment.points[start] as DomPoint;
  const lastChar = segment.points[end - 1] as DomPoint;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(lastChar.node, lastChar.offset + 1);
  return range;
}

/**
 * Wrap each quotation (marks included) in a <q>. Quotes are wrapped last-first within a segment, so splitting
 * a text node never moves the positions of those still to come. Returns how many were wrapped.
 */
export function highlightQuotes(doc: Document, segments: Segment[], quotes: readonly Quote[], saidBy: (speaker: string) => string): number {
  const order = quotes
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => a.quote.paragraph - b.quote.paragraph || b.quote.outerStart - a.quote.outerStart);
  let wrapped = 0;
  for (const { quote, index } of order) {
    const segment = segments[quote.paragraph];
    if (!segment) continue;
    const range = segmentRange(doc, segment, quote.outerStart, quote.outerEnd);
    if (!range) continue;
    const q = doc.createElement('q');
    q.className = 'rl-quote';
    q.dataset.quote = String(index);
    if (quote.speaker) {
      q.dataset.speaker = quote.speaker;
      q.title = saidBy(quote.speaker);
    }
    // extractContents splits any element the quote only partly covers, so inline markup inside stays valid.
    q.append(range.extractContents());
    range.insertNode(q);
    wrapped += 1;
  }
  return wrapped;
}

/** Block quotations are quotations too: they get the same highlight (and switch off with it). */
export function markBlockQuotes(body: HTMLElement): number {
  const blocks = body.querySelectorAll('blockquote');
  for (const bq of blocks) bq.classList.add('rl-quote-block');
  return blocks.length;
}

/** Scroll a sentence (or any segment span) into view in the reader and flash it, without touching the DOM. */
export function flashRange(range: Range, scroller: HTMLElement, reduceMotion: boolean): void {
  const target = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  scroller.scrollTo({ top: scroller.scrollTop + target.top - box.top - box.height / 3, behavior: reduceMotion ? 'auto' : 'smooth' });
  // The CSS Custom Highlight API paints a range without splitting text nodes, so later jumps still map.
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  registry.set('rl-flash', new HighlightCtor(range));
  setTimeout(() => registry.delete('rl-flash'), 1800);
}

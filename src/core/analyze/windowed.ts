// Runs Intl.Segmenter over long text in bounded windows, because V8's segment iteration is quadratic in the input length.

/** One segment with its offset in the whole text. */
export interface Piece {
  segment: string;
  index: number;
  isWordLike?: boolean;
  /** Starts a window cut where the segmenter saw no usable boundary in the whole previous window: not a boundary. */
  forced?: boolean;
}

/** Longest string handed to Intl.Segmenter: iteration costs ~n², and 5,000 chars take a few ms. */
export const SEGMENT_WINDOW = 5_000;

/** A character that settles a sentence boundary before it (a letter, a line break or sentence punctuation). */
const DECISIVE = /[\p{L}\n\r.!?。！？]/u;

/** Segments of `text` as Intl.Segmenter gives them, with whole-text offsets; no input longer than `window` chars. */
export function segmentWindowed(seg: Intl.Segmenter, text: string, window = SEGMENT_WINDOW): Piece[] {
  const out: Piece[] = [];
  for (let a = 0, forced = false; a < text.length; ) {
    let end = Math.min(text.length, a + window);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c < 0xdc00) end--; // never split a surrogate pair
    let pieces = Array.from(seg.segment(text.slice(a, end)));
    let next = end;
    if (end < text.length) {
      // The last boundary a fifth of a window before its end and followed by a character that settles it, so the text
      // after it that the segmenter looked at (abbreviation look-ahead, CJK dictionary runs) is as in the whole text.
      const k = pieces.findLastIndex((p, i) => i > 0 && p.index <= window * 0.8 && DECISIVE.test(text.slice(a + p.index, end)));
      if (k > 0) {
        next = a + (pieces[k] as Intl.SegmentData).index;
        pieces = pieces.slice(0, k);
      }
    }
    for (const p of pieces) out.push({ ...p, index: a + p.index, forced: forced && p.index === 0 });
    forced = next === end; // no usable boundary: cut at the window end
    a = next;
  }
  return out;
}

// What read aloud reads, in order: the title, the byline, then the body sentence by sentence, each mapped back to
// its place in the reader so it can be highlighted. Captions, credits and the reader's own labels are not read.
import { findQuoteSpans } from '../../core/analyze/quotespans';
import { splitSentences } from '../../core/analyze/segment';
import { textSegments, type Segment } from '../../core/read';
import { segmentRange } from '../reader/highlight';

/** Abbreviations come from the language's word lists, which live in the background: the universal ones still apply. */
const NO_ABBREVIATIONS = new Set<string>();

/** The reader's own text inside the body (an embed's "Play video" button), and anything hidden from readers. */
const NOT_READ = 'button, [aria-hidden="true"], figcaption, caption, [hidden]';
/** Quotations as the reader marks them: the digest's <q> and block quotations. */
const QUOTE = 'q.rl-quote, .rl-quote-block';

export interface SpokenPart {
  text: string;
  /** Offset of the part in its sentence's text. */
  offset: number;
  quote: boolean;
}

export interface SpokenSentence {
  index: number;
  /** The block it belongs to (title, byline, each body paragraph): paragraph jumps move between blocks. */
  block: number;
  /** The body paragraph (the digest's numbering), or -1 for the title and byline. */
  paragraph: number;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface ReadingScript {
  sentences: SpokenSentence[];
  /** The sentence's place in the reader now (body text nodes move when quotations are wrapped), or [from, to) of it. */
  range(sentence: SpokenSentence, from?: number, to?: number): Range | null;
  /** The sentence cut where it enters or leaves a quotation, for the second voice. */
  parts(sentence: SpokenSentence): SpokenPart[];
}

const hasWords = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** A segment of the reader's own UI or a hidden part: its first character tells. */
function isRead(segment: Segment): boolean {
  const first = segment.points[0]?.node.parentElement;
  return !!first && !first.closest(NOT_READ) && hasWords(segment.text);
}

export function readingScript(doc: Document, article: HTMLElement, lang: string, bodySegments: () => Segment[]): ReadingScript {
  const splitLang = { code: lang || 'en', abbrev: NO_ABBREVIATIONS };
  const header: Segment[] = [];
  for (const selector of ['.title', '.byline']) {
    const el = article.querySelector(`header ${selector}`);
    if (el) header.push(...textSegments(el));
  }
  const sentences: SpokenSentence[] = [];
  const add = (segment: Segment, block: number, paragraph: number): void => {
    for (const s of splitSentences(segment.text, paragraph, splitLang, findQuoteSpans(segment.text), 0)) {
      if (hasWords(s.text)) sentences.push({ index: sentences.length, block, paragraph, start: s.start, end: s.end, text: s.text });
    }
  };
  header.forEach((segment, i) => add(segment, i, -1));
  bodySegments().forEach((segment, i) => {
    if (isRead(segment)) add(segment, header.length + i, i);
  });

  const segmentOf = (s: SpokenSentence): Segment | undefined => (s.paragraph < 0 ? header[s.block] : bodySegments()[s.paragraph]);
  return {
    sentences,
    range(s, from = 0, to = s.text.length) {
      const segment = segmentOf(s);
      return segment ? segmentRange(doc, segment, s.start + from, s.start + to) : null;
    },
    parts(s) {
      const segment = segmentOf(s);
      const parts: SpokenPart[] = [];
      if (!segment) return [{ text: s.text, offset: 0, quote: false }];
      let from = 0;
      let inQuote: boolean | null = null;
      const close = (to: number): void => {
        const text = s.text.slice(from, to);
        const last = parts[parts.length - 1];
        // Punctuation or a space between two runs is not worth a voice of its own.
        if (last && (!hasWords(text) || last.quote === inQuote)) last.text += text;
        else if (last && !hasWords(last.text)) Object.assign(last, { text: last.text + text, quote: inQuote === true });
        else parts.push({ text, offset: from, quote: inQuote === true });
      };
      for (let i = 0; i < s.text.length; i++) {
        const node = segment.points[s.start + i]?.node.parentElement;
        const quoted = !!node?.closest(QUOTE);
        if (inQuote !== null && quoted !== inQuote) {
          close(i);
          from = i;
        }
        inQuote = quoted;
      }
      close(s.text.length);
      return parts;
    },
  };
}

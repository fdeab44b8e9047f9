// Splits an article body into text segments (one per block or <br> run) and remembers where each character lives,
// so the language engine's offsets can be mapped back onto the DOM without changing a word.
import { walk } from '../dom/walk';
import { BLOCK_TAGS } from '../extract/rules';

/** Text of these blocks describes media: passed to the analyser as captions, never as body text. */
const CAPTION_TAGS = new Set(['FIGCAPTION', 'CAPTION']);
/** Subtrees with no readable text of their own. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/** One character position in the DOM: a text node and an offset inside it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

export interface Segment {
  /** The block's text with whitespace runs collapsed to one space and trimmed. */
  text: string;
  /** points[i] is where text[i] lives; points[text.length] is the point just after the last character. */
  points: DomPoint[];
  caption: boolean;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);

class SegmentBuilder {
  readonly segments: Segment[] = [];
  private text = '';
  private points: DomPoint[] = [];
  private pendingSpace: DomPoint | null = null;
  private last: DomPoint | null = null;

  add(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (isSpace(ch)) {
        if (this.text.length > 0 && !this.pendingSpace) this.pendingSpace = { node, offset: i };
        continue;
      }
      if (this.pendingSpace) {
        this.text += ' ';
        this.points.push(this.pendingSpace);
        this.pendingSpace = null;
      }
      this.text += ch;
      this.points.push({ node, offset: i });
      this.last = { node, offset: i + 1 };
    }
  }

  flush(caption: boolean): void {
    if (this.text && this.last) {
      this.points.push(this.last);
      this.segments.push({ text: this.text, points: this.points, caption });
    }
    this.text = '';
    this.points = [];
    this.pendingSpace = null;
    this.last = null;
  }
}

/** One open node of the walk: whether it is a block (its text ends with it) and inside a caption. */
interface Frame { node: Node; caption: boolean; block: boolean }

export function textSegments(root: Element): Segment[] {
  const out = new SegmentBuilder();
  // `block` frames flush their text when they end, as their own paragraph.
  walk<Frame>({ node: root, caption: false, block: false }, {
    enter: (el, up) => {
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) return null;
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) {
        out.flush(up.caption);
        return { node: el, caption: up.caption || CAPTION_TAGS.has(tag), block: true };
      }
      return { node: el, caption: up.caption, block: false };
    },
    text: (t) => { out.add(t); },
    exit: (f) => { if (f.block) out.flush(f.caption); },
  });
  out.flush(false);
  return out.segments;
}

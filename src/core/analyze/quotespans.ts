// Finds quotation-mark pairs in a paragraph (all common quote styles) and joins quotes cut by "(...)".

export interface QuoteSpan {
  /** Offset of the opening mark (or paragraph start for a quote continued from the previous paragraph). */
  outerStart: number;
  /** Offset just after the closing mark (paragraph end when the quote runs on). */
  outerEnd: number;
  innerStart: number;
  innerEnd: number;
}

/** The range [s, e) lies within one of the quotations `spans` (marks included). */
export const quoted = (spans: readonly QuoteSpan[], c: { s: number; e: number }): boolean => spans.some((o) => c.s >= o.outerStart && c.e <= o.outerEnd);

/** Opening mark → marks that may close it (German „…“ and ‚…‘ close with what English opens with). */
const PAIRS: Record<string, string> = {
  '“': '”“"', // copy mixing typographic and straight marks ("“…\"", "\"…”") still pairs them
  '„': '“”',
  '«': '»',
  '‹': '›',
  '‚': '‘’',
  '‘': '’',
  '「': '」',
  '『': '』',
  '"': '"”',
  "'": "'",
  '»': '«', // reversed guillemets (German, Danish)
  '›': '‹',
};

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

/** A straight or typographic single quote is a quote mark, not an apostrophe, only at word edges. */
function singleOpens(text: string, i: number): boolean {
  // "Add N to (X)'s" is a possessive.
  return !isLetter(text[i - 1]) && isLetter(text[i + 1]) && !(text[i + 1] === 's' && !isLetter(text[i + 2]));
}
function singleCloses(text: string, i: number): boolean {
  return !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ');
}

/** Every character that may open a quotation. */
const MARKS = /["“„«‹‚‘「『»›']/g;

/** Opening marks that may run on to the end of the paragraph without a closing mark. */
const RUN_ON = '“„«"‘';

/** Gap between two quote pieces that still makes them one quotation: an ellipsis in brackets. */
const ELISION_GAP = /^\s*[([]\s*(?:\.\.\.|…)\s*[)\]]\s*$/;

/**
 * For every position of the opening mark `o`, where its quotation closes (-1: never), in one pass per mark style
 * (scanning from each mark instead costs n² on a paragraph of unclosed marks). Depth counts `o` up (single quotes
 * do not nest) and closing marks down (single ones only at a word end); the close is the first later mark where the
 * depth falls one below its value at the opening.
 */
function closesOf(text: string, o: string): Map<number, number> {
  const closers = PAIRS[o] ?? '';
  const single = "'‘‚".includes(o);
  const marks: [number, number][] = [];
  let depth = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text[j] as string;
    if (closers.includes(c) && (!single || singleCloses(text, j))) depth--;
    else if (c === o) depth += single ? 0 : 1;
    else continue;
    marks.push([j, depth]);
  }
  const out = new Map<number, number>();
  const nearest = new Map<number, number>(); // depth → nearest later mark with that depth
  for (let k = marks.length - 1; k >= 0; k--) {
    const [j, d] = marks[k] as [number, number];
    if (text[j] === o) out.set(j, nearest.get(d - 1) ?? -1);
    nearest.set(d, j);
  }
  return out;
}

/** All top-level quotation spans of one paragraph, in order. */
export function findQuoteSpans(original: string): QuoteSpan[] {
  // A closing mark typed as two apostrophes ("…’’") is one closing double mark; same length, so offsets hold.
  // Marks that quote nothing become primes, same length: a decade or a year ("the '90s", "the 2008 and '12 Olympics"), feet and inches (6'5").
  const text = original.replace(/(?<=\S)(?:’’|'')/g, '”\u2060').replace(/(?<=\b(?:the|and|of|in|since) )['’](?=\d\d\b)|(?<=\s)['’](?=\d0s\b)/gi, '′').replace(/(?<=\d)['’](\d{1,2})"/g, '′$1″');
  const spans: QuoteSpan[] = [];
  const firstGuillemetOpen = text.indexOf('«');
  // German »…«: the text's first guillemet is » with a word right after it.
  const reversed = /^[^«»]*»\p{L}/u.test(text);
  const closes = new Map<string, Map<number, number>>();
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if ((c === "'" || c === '‘' || c === '‚') && !singleOpens(text, i)) continue;
    // » opens in texts that use reversed guillemets, and before any « (a French closing mark opens nothing after one).
    if ((c === '»' || c === '›') && !reversed && firstGuillemetOpen !== -1 && firstGuillemetOpen < i) continue;
    // A straight mark glued to the word before it and followed by a space closes a quotation whose opening this text
    // lost (a quote run on from a paragraph break that plain text no longer has): it opens nothing.
    if (c === '"' && closesOnly(text, i)) continue;
    let byMark = closes.get(c);
    if (!byMark) closes.set(c, (byMark = closesOf(text, c)));
    const j = byMark.get(i) ?? -1;
    // Its partner opens a quotation nested after a colon ("il a dit : "c'est pas ma Cristina". C'est qui ?"): the
    // outer one closes at the first closing-only mark after the nested pair.
    if (c === '"' && j > 0 && /:\s+$/.test(text.slice(i + 1, j)) && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) {
      let end = byMark.get(j) ?? -1;
      if (end > 0) end = text.indexOf('"', end + 1);
      while (end > 0 && !closesOnly(text, end)) end = text.indexOf('"', end + 1);
      if (end > 0) {
        spans.push({ outerStart: i, outerEnd: end + 1, innerStart: i + 1, innerEnd: end });
        MARKS.lastIndex = end + 1;
        continue;
      }
    }
    // Its partner opens the next quotation instead (a space before it, a word after it): this one is unclosed. When
    // a sentence ends before the partner, it ran on to a paragraph break that is gone and ends there; else it quotes
    // nothing ("homozygous (“pure-bred) … “).
    if ((c === '"' || text[j] === '“') && j > 0 && /\s/.test(text[j - 1] as string) && isLetter(text[j + 1])) {
      const b = trimEnd(text, j);
      if (b - i > 20 && /[.!?…]$/.test(text.slice(0, b))) spans.push({ outerStart: i, outerEnd: b, innerStart: i + 1, innerEnd: b });
      MARKS.lastIndex = j;
      continue;
    }
    if (j < 0) {
      // A quote opened at the start of a paragraph or of a sentence may run on into the next paragraph
      // (English convention: no closing mark until the quotation ends).
      const sentenceStart = i <= 1 || /(?:[.!?…]["”»]?|:)\s+$/.test(text.slice(Math.max(0, i - 4), i));
      if (sentenceStart && RUN_ON.includes(c) && text.length - i > 20 && !text.slice(i + 1).includes(c)) {
        spans.push({ outerStart: i, outerEnd: text.length, innerStart: i + 1, innerEnd: trimEnd(text, text.length) });
        break;
      }
      continue;
    }
    if (j - i < 2) continue;
    let a = i + 1;
    let b = j;
    while (a < b && /\s/.test(text[a] as string)) a++; // « guillemets » carry inner spaces
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    spans.push({ outerStart: i, outerEnd: j + 1, innerStart: a, innerEnd: b });
    MARKS.lastIndex = j + 1;
  }
  return joinElided(text, spans);
}

/**
 * A straight mark glued to what precedes it and followed by a space or by punctuation and a space ('concurrence",
 * a-t-il') closes a quotation; it opens none (when its opening was lost, it stays unpaired).
 */
function closesOnly(text: string, i: number): boolean {
  return /[\p{L}\p{N}.,!?;:…]/u.test(text[i - 1] ?? ' ') && /^(?:\s|$|[,.;:!?)](?:\s|$))/u.test(text.slice(i + 1, i + 3));
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

/** "“a” (...) “b”" is one quotation. */
function joinElided(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    // Not after a full stop: plain text's joined paragraphs put "[...]" between two whole quotations.
    if (prev && ELISION_GAP.test(text.slice(prev.outerEnd, s.outerStart)) && !/[.!?…]$/.test(text.slice(prev.innerStart, prev.innerEnd))) {
      prev.outerEnd = s.outerEnd;
      prev.innerEnd = s.innerEnd;
    } else out.push({ ...s });
  }
  return out;
}

/**
 * A quoted title or name rather than speech: at most 8 words, (nearly) all capitalised, no closing punctuation
 * ("Rez Infinite", "Queen Marsha", "The Kiss Was Beautiful"). `minCaps` 1 also accepts one capitalised word.
 */
export function isTitleLike(inner: string, minCaps = 2): boolean {
  const words = (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const capsWords = (inner.match(/(^|[\s(])[\p{Lu}\p{N}]/gu) ?? []).length;
  return words > 0 && words <= 8 && capsWords >= Math.max(minCaps, words - 1) && !/[,!?]$/.test(inner.trim());
}

// Text that must never be a summary sentence: captions, credits, bylines, headings, cross-references, fragments.
import type { Lang } from './lang/registry';
import type { Sentence } from './segment';
import type { QuoteSpan } from './quotespans';

/** Credit and caption markers in any language. */
const CREDIT = /©|\b(?:photo|foto|credit|crédit|crédito|image|bild|illustration|getty images|afp|reuters|ap photo|dpa|efe)\s*[:/]/i;
/** Byline: "By X", "Par X", "Por X", "Von X" on a short line. */
const BYLINE = /^(?:by|par|por|von|di|de|door|av)\s+\p{Lu}/iu;
/** Quote marks that may open or close a quotation. */
const OPENERS = /[«“„‹‚「"]/g;
const CLOSERS = /[»”‹›」"]/g;

/** Words, where Chinese and Japanese characters count one each (their text has no spaces to count by). */
const words = (s: string): number =>
  (s.match(/[\p{L}\p{N}]+/gu) ?? []).length + (s.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu) ?? []).length;

/** Whole paragraphs excluded from the summary. */
export function isBoilerParagraph(text: string, lang: Lang, captions: Set<string>): boolean {
  const t = text.trim();
  if (!t || captions.has(t)) return true;
  for (const c of captions) if (c.length > 20 && (t.includes(c) || c.includes(t))) return true;
  // Words are counted only for a paragraph that looks like boilerplate: most paragraphs do not.
  let n: number | undefined;
  const count = (): number => (n ??= words(t));
  if (CREDIT.test(t) && count() < 25) return true;
  if (BYLINE.test(t) && count() <= 8) return true;
  if (!/[.!?…»"”)\]。！？」』）]$/.test(t) && count() < 15) return true; // a heading or a label
  const lo = t.toLowerCase();
  return lang.boiler.some((b) => lo.startsWith(b + ' :') || lo.startsWith(b + ':')) && count() < 30;
}

/** Sentences excluded from the summary: too short or long, intros to quotes, questions, or cut inside a quotation. */
export function isBadSentence(s: Sentence, spans: QuoteSpan[]): boolean {
  const n = s.tokens.length;
  if (n < 5 || n > 90) return true;
  if (/:$/.test(s.text)) return true;
  // A question ("Et vous, qu'en pensez-vous ?") asks the reader; a summary tells.
  if (/[?？؟]["'»”’)]*$/.test(s.text)) return true;
  if (/^[\p{Ll}»”),;]/u.test(s.text)) return true;
  // A quotation that started before or runs past this sentence leaves a dangling fragment.
  if (spans.some((q) => (q.outerStart < s.start && q.outerEnd > s.start) || (q.outerStart < s.end && q.outerEnd > s.end + 1))) return true;
  const straight = (s.text.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const o = (s.text.match(OPENERS) ?? []).length - straight;
  const c = (s.text.match(CLOSERS) ?? []).length - straight;
  return o !== c && Math.abs(o - c) > 0 && !/^['‘]/.test(s.text) && o + c > 0 && (o === 0 || c === 0);
}

// Checks the model's facts against the article: a name, date or number the article never writes is dropped, and each kept fact points to its sentence.
import type { Ref } from '../../core/analyze/types';
import type { AiDate, AiFacts, CheckedAiFacts, Grounded } from './ai-facts';
import { numbersIn, words, type ArticleIndex } from './article-index';

/**
 * A name is capitalised somewhere (scripts without case, such as CJK or Arabic, pass as they are):
 * the model was asked for named people, places and bodies, and "the city" or "officials" are not names.
 */
const looksLikeName = (name: string): boolean =>
  (name.match(/[\p{L}][\p{L}\p{M}]*/gu) ?? []).some((w) => w[0] !== w[0]!.toLowerCase() || w.toLowerCase() === w.toUpperCase());

/**
 * Where the article writes this name: the whole name in order, else every word of it in one paragraph; and the
 * article must write it as a name (capitalised inside a sentence), not as words that merely open one.
 */
function nameRef(name: string, index: ArticleIndex): Ref | null {
  if (!looksLikeName(name) || !index.writesAsName(name)) return null;
  return index.findPhrase(name) ?? index.findWordsTogether(name);
}

/** A second line (role, what a figure counts) is kept only when the article has every one of its words. */
const detailIfWritten = (detail: string | undefined, index: ArticleIndex): string | undefined =>
  detail && index.hasWords(detail) && index.hasNumbers(detail) ? detail : undefined;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The model's ISO reading of a date, kept only when it is a real calendar date that agrees with the words:
 * a year in the text must be the ISO year, and an ISO day must be a number the text writes. A bare weekday
 * ("mardi") gives no day to check, so the model's guess is not shown as a fact.
 */
export function checkedIso(date: AiDate): string | undefined {
  const m = date.iso ? ISO.exec(date.iso.trim()) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return undefined;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month ?? 1, 0)).getUTCDate())) return undefined;
  const numbers = words(date.text).filter((w) => /^\d+$/.test(w)).map(Number);
  const years = numbers.filter((n) => n >= 1000);
  if (years.length && !years.includes(year)) return undefined;
  if (day !== null && !numbers.includes(day)) return undefined;
  return m[0];
}

/** A date as written, else all its words (day, month, year) within one paragraph, its numbers being numbers of the text. */
function dateRef(text: string, index: ArticleIndex): Ref | null {
  return index.findPhrase(text) ?? (index.hasNumbers(text) ? index.findWordsTogether(text) : null);
}

/** A figure needs its numbers in the text (or, written in words, its whole wording); with none at all it is not a figure. */
function figureRef(text: string, index: ArticleIndex): Ref | null {
  const numbers = numbersIn(text);
  if (!numbers.length) return index.findPhrase(text);
  if (!index.hasNumbers(text)) return null;
  return index.findPhrase(text) ?? index.findNumber(numbers[0]!);
}

const grounded = <T extends object>(fact: T, ref: Ref | null): Grounded<T> | null => (ref ? { ...fact, ref } : null);
const present = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);

/** Keep the facts the article supports, each with the sentence that supports it; drop unsupported roles, counts and ISO dates. */
export function checkFactsAgainstArticle(facts: AiFacts, index: ArticleIndex): CheckedAiFacts {
  return {
    people: present(
      facts.people.map((p) => {
        const role = detailIfWritten(p.role, index);
        return grounded(role ? { name: p.name, role } : { name: p.name }, nameRef(p.name, index));
      }),
    ),
    places: present(facts.places.map((text) => grounded({ text }, nameRef(text, index)))),
    organisations: present(facts.organisations.map((text) => grounded({ text }, nameRef(text, index)))),
    dates: present(
      facts.dates.map((d) => {
        const iso = checkedIso(d);
        return grounded(iso ? { text: d.text, iso } : { text: d.text }, dateRef(d.text, index));
      }),
    ),
    figures: present(
      facts.figures.map((f) => {
        const counts = detailIfWritten(f.counts, index);
        return grounded(counts ? { text: f.text, counts } : { text: f.text }, figureRef(f.text, index));
      }),
    ),
  };
}

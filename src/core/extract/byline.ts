// Byline cleaning: keeps author names, drops "By"/"Par"/"Von"/"Por" prefixes, dates, roles and e-mails.

import { squash } from '../dom/text';

/** Prefixes that introduce a byline in several languages. */
const PREFIX = /^(?:(?:written|posted|published|reported|words|text|texte|story|photos?)\s+)?(?:by|par|von|por|door|av|przez|от)\s*[:\-–]?\s+/i;
/** Date-ish tails and fragments that pages glue to bylines. */
const DATE_PART = /\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d|(?:updated|published|posted|mis à jour|publié|modifié|le|on|am)\b.*\d{4}.*|\d{1,2}:\d\d\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)/gi;
const EMAIL = /\S+@\S+\.\S+/g;

/** Returns a clean byline or '' when the value is not a name (URL, too long, sentence). */
export function cleanByline(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = squash(raw);
  if (!s || /^https?:\/\//i.test(s)) return '';
  s = s.replace(EMAIL, ' ');
  // "Published 26 October 2016 by Jane Doe": the name follows the last prefix word.
  const mid = /^(.*\S)\s+(?:by|par|von|por|door)\s+(\S.*)$/i.exec(s);
  if (mid && /\d|publi|post|updat|mis à jour|veröffentlicht/i.test(mid[1]!)) s = mid[2]!;
  s = s.replace(DATE_PART, ' ');
  s = squash(s);
  for (let i = 0; i < 2; i++) s = s.replace(PREFIX, '');
  // Cut trailing separators and role tails ("Jane Doe | Staff writer").
  s = s.replace(/\s*[|•·]\s*.*$/, '').replace(/[\s,;:|–—-]+$/, '').replace(/^[\s,;:|–—-]+/, '');
  s = squash(s);
  if (!s || s.length > 100 || /[.!?]\s+\S+\s+\S+\s+\S+/.test(s)) return '';
  return s;
}

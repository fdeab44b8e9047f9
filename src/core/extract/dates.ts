// Date normalisation: turns the many date spellings found in page metadata into ISO 8601 strings.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1, gennaio: 1,
  feb: 2, february: 2, fevrier: 2, février: 2, februar: 2, febrero: 2, febbraio: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marzo: 3,
  apr: 4, april: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6, giugno: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7, luglio: 7,
  aug: 8, august: 8, aout: 8, août: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, settembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10, ottobre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, décembre: 12, dezember: 12, diciembre: 12, dicembre: 12,
};

const p2 = (n: number): string => String(n).padStart(2, '0');

/** Days in month `mo` (1-12) of year `y`, Gregorian leap years included. */
function monthLength(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string | null): string | null {
  // An impossible day (31 April, 29 February 2019) is no date: engines would roll it over or reject it.
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo) || h > 23 || mi > 59 || s > 60) return null;
  return `${y}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(s)}${tz ?? ''}`;
}

function zone(z: string | undefined): string | null {
  if (!z) return null;
  if (z === 'Z' || z === 'z' || /^(UTC|GMT)$/i.test(z)) return '+00:00';
  const m = /^([+-])(\d\d):?(\d\d)?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : null;
}

/**
 * Parses an ISO-like, RFC 2822-like or "26 octobre 2016 12:54" style date. Keeps the stated offset;
 * without one the result has no offset (we never guess the page's time zone).
 */
export function toIso(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s.length > 80) return null;
  // 2016-10-26T12:54:00+02:00, 2016-10-26 12:54, 2016-10-26
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d|[+-]\d\d|UTC|GMT)?)?/i.exec(s);
  if (m) {
    return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[4] ? zone(m[7]) : null);
  }
  // 20161026T125400Z / 20161026
  m = /^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?(Z)?)?$/.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), zone(m[7]));
  // 26/10/2016 12:54 or 26.10.2016 (day first: the common order outside the US)
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\D+(\d{1,2})[:h](\d\d))?/.exec(s);
  if (m) return build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), 0, null);
  // Wed, 26 Oct 2016 12:54:00 +0200 / 26 octobre 2016 à 12h54 / October 26, 2016 12:54 PM
  const lower = s.toLowerCase();
  m = /(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([a-zéèûä]+)\.?,?\s+(\d{4})(?:\D{0,6}(\d{1,2})[:h](\d\d)(?::(\d\d))?\s*(am|pm)?\s*(z|[+-]\d\d:?\d\d|utc|gmt)?)?/.exec(lower);
  let y: number, mo: number | undefined, d: number, rest: RegExpExecArray;
  if (m && MONTHS[m[2]!]) {
    y = +m[3]!; mo = MONTHS[m[2]!]; d = +m[1]!; rest = [m[0], '', '', '', m[4], m[5], m[6], m[7], m[8]] as unknown as RegExpExecArray;
  } else {
    m = /([a-zéèûä]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\D{0,6}(\d{1,2}):(\d\d)(?::(\d\d))?\s*(am|pm)?\s*(z|[+-]\d\d:?\d\d|utc|gmt)?)?/.exec(lower);
    if (!m || !MONTHS[m[1]!]) return null;
    y = +m[3]!; mo = MONTHS[m[1]!]; d = +m[2]!;
    rest = [m[0], '', '', '', m[4], m[5], m[6], m[7], m[8]] as unknown as RegExpExecArray;
  }
  let h = rest[4] ? +rest[4] : 0;
  if (rest[7] === 'pm' && h < 12) h += 12;
  if (rest[7] === 'am' && h === 12) h = 0;
  return build(y, mo!, d, h, rest[5] ? +rest[5] : 0, rest[6] ? +rest[6] : 0, rest[4] ? zone(rest[8]?.toUpperCase()) : null);
}

// Intl formatting for the popup: dates, numbers, language names and figures, always in the UI language.
import type { Figure } from '../../core/analyze/types';

/** A message lookup: `_locales` key and positional substitutions → text. */
export type Translate = (key: string, substitutions?: string[]) => string;

/**
 * Format an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a full timestamp) as the article states it.
 * Only the calendar part is used and formatted in UTC, so a late-evening timestamp with an offset
 * keeps the article's own day instead of moving to the reader's time zone.
 */
export function formatIsoDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== null ? { dateStyle: 'long', timeZone: 'UTC' } : month !== null ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** The name of a language ("fr" → "French" / "français"), or '' when unknown. */
export function languageName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? '';
  } catch {
    return '';
  }
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return String(value);
  }
}

/** A text-size percentage as the UI language writes it ("110%", "110 %"). */
export const formatPercent = (percent: number, locale: string): string => formatNumber(percent / 100, locale, { style: 'percent' });

/** The engine's unit abbreviations mapped to Intl's sanctioned unit identifiers (others are shown as written). */
const INTL_UNITS: Readonly<Record<string, string>> = {
  km: 'kilometer', // distances in news copy
  m: 'meter',
  cm: 'centimeter',
  mm: 'millimeter',
  mi: 'mile',
  ft: 'foot',
  kg: 'kilogram',
  g: 'gram',
  l: 'liter',
  h: 'hour',
  min: 'minute',
  s: 'second',
  d: 'day',
  '°C': 'celsius',
  ha: 'hectare',
};

/** The figure's value as a number the reader can scan: "5 km", "4,2 M$", "31 %", "13". */
export function figureValue(figure: Pick<Figure, 'value' | 'unit' | 'kind'>, locale: string): string {
  const { value, unit, kind } = figure;
  if (kind === 'percent') return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 2 });
  const big = Math.abs(value) >= 1e5;
  const compact: Intl.NumberFormatOptions = big
    ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (kind === 'money' && unit && /^[A-Z]{3}$/.test(unit)) {
    return formatNumber(value, locale, { ...compact, style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol' });
  }
  const intlUnit = unit ? INTL_UNITS[unit] : undefined;
  if (intlUnit) {
    try {
      return new Intl.NumberFormat(locale, { ...compact, style: 'unit', unit: intlUnit }).format(value);
    } catch {
      // Not an Intl unit in this runtime: fall through to number + unit as written.
    }
  }
  const number = formatNumber(value, locale, compact);
  return unit ? `${number} ${unit}` : number;
}

/** What a figure counts, for its label: the engine's "counts" when it found one, else the article's own words. */
export function figureLabel(figure: Pick<Figure, 'text' | 'counts'>): string {
  return figure.counts?.trim() || figure.text;
}

// Language registry: bundled per-language word lists, parsed on first use of that language only.
import type { LangData } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { minor } from './minor';

/** Languages with full data (facts and quotations) first, then detection/summary-only ones. */
export const LANGS: readonly LangData[] = [en, fr, de, es, it, pt, ...minor];

/** A language's lists as lookup structures. */
export interface Lang {
  code: string;
  /** True when the language has speech verbs, months etc. (facts and quotations are mined). */
  full: boolean;
  stop: Set<string>;
  speech: Set<string>;
  source: string[];
  titles: Set<string>;
  roles: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  scales: Map<string, number>;
  relDays: Map<string, number>;
  pronouns: Set<string>;
  placePreps: Set<string>;
  abbrev: Set<string>;
  percent: string[];
  boiler: string[];
}

const words = (s: string | undefined): string[] => (s ? s.split(' ').filter(Boolean) : []);

/** "one:1 two:2" → Map. */
function pairs(s: string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words(s)) {
    const i = w.lastIndexOf(':');
    m.set(w.slice(0, i).replace(/_/g, ' '), Number(w.slice(i + 1)));
  }
  return m;
}

/** "january/jan february/feb" → word → index. */
function indexed(s: string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  words(s).forEach((alts, i) => alts.split('/').forEach((a) => m.set(a, i)));
  return m;
}

function build(d: LangData): Lang {
  return {
    code: d.code,
    full: !!d.speech,
    stop: new Set(words(d.stop)),
    speech: new Set(words(d.speech)),
    source: d.source ? d.source.split('|') : [],
    titles: new Set(words(d.titles)),
    roles: new Set(words(d.roles)),
    months: indexed(d.months),
    weekdays: indexed(d.weekdays),
    numbers: pairs(d.numbers),
    scales: pairs(d.scales),
    relDays: pairs(d.relDays),
    pronouns: new Set(words(d.pronouns)),
    placePreps: new Set(words(d.placePreps)),
    abbrev: new Set(words(d.abbrev)),
    percent: d.percent ? d.percent.split('|') : [],
    boiler: d.boiler ? d.boiler.split('|') : [],
  };
}

const cache = new Map<string, Lang>();

/** The parsed lists for a language code, or a neutral empty language for unknown codes. */
export function getLang(code: string): Lang {
  let l = cache.get(code);
  if (!l) {
    const d = LANGS.find((x) => x.code === code) ?? { code, stop: '' };
    l = build(d);
    cache.set(code, l);
  }
  return l;
}

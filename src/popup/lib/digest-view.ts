// Shapes the engine's digest for display: quotations grouped by speaker, facts grouped by kind with their labels.
import type { RevealTarget } from '../../common/messages';
import type { Digest, Quote, Ref } from '../../core/analyze/types';
import { figureLabel, figureValue, formatIsoDate } from './format';

export interface QuoteItem {
  /** Position in digest.quotes: what the reader's q[data-quote] carries. */
  index: number;
  text: string;
}

export interface SpeakerGroup {
  /** null for quotations the engine could not attribute. */
  speaker: string | null;
  role?: string;
  quotes: QuoteItem[];
}

/**
 * Group quotations by speaker: speakers in order of their first quotation, quotes in article order inside each,
 * the unattributed ones last. A speaker's role is the first one the engine gave.
 */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  quotes.forEach((q, index) => {
    const key = q.speaker?.trim() || null;
    let group = groups.get(key);
    if (!group) {
      group = { speaker: key, quotes: [] };
      groups.set(key, group);
    }
    if (!group.role && q.role) group.role = q.role;
    group.quotes.push({ index, text: q.text });
  });
  const named = [...groups.values()].filter((g) => g.speaker !== null);
  const unattributed = groups.get(null);
  return unattributed ? [...named, unattributed] : named;
}

export type FactKind = 'people' | 'places' | 'organisations' | 'dates' | 'figures';
/** Display order of the fact groups: who, where, which bodies, when, how many. */
export const FACT_KINDS: readonly FactKind[] = ['people', 'places', 'organisations', 'dates', 'figures'];

export interface FactItem {
  /** The main words: a name, a place, a formatted date, a formatted number. */
  label: string;
  /** Second line: a role, aliases, the article's words for a date, what a figure counts. */
  detail?: string;
  target: RevealTarget;
}

export interface FactGroup {
  kind: FactKind;
  items: FactItem[];
}

/** Where the reader should jump for a fact: the sentence the engine took it from. */
export function spanTarget(ref: Ref): RevealTarget | null {
  if (!(ref.end > ref.start) || ref.start < 0 || ref.paragraph < 0) return null;
  return { kind: 'span', paragraph: ref.paragraph, start: ref.start, end: ref.end };
}

function item(label: string, ref: Ref, detail?: string): FactItem | null {
  const target = spanTarget(ref);
  if (!target || !label.trim()) return null;
  const clean = detail?.trim();
  return clean && clean !== label ? { label, detail: clean, target } : { label, target };
}

const present = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);

/** The digest's facts as labelled, clickable groups (empty groups left out). */
export function factGroups(facts: Digest['facts'], locale: string): FactGroup[] {
  const byKind: Record<FactKind, FactItem[]> = {
    people: present(facts.people.map((p) => item(p.name, p.ref, p.role))),
    places: present(facts.places.map((f) => item(f.text, f.ref))),
    organisations: present(facts.organisations.map((o) => item(o.text, o.ref, o.aliases.join(', ')))),
    dates: present(facts.dates.map((d) => item(formatIsoDate(d.iso, locale) || d.text, d.ref, d.text))),
    figures: present(facts.figures.map((f) => item(figureValue(f, locale), f.ref, figureLabel(f)))),
  };
  return FACT_KINDS.map((kind) => ({ kind, items: byKind[kind] })).filter((g) => g.items.length > 0);
}

export const factCount = (groups: readonly FactGroup[]): number => groups.reduce((n, g) => n + g.items.length, 0);

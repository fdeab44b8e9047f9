// Merges the checked AI facts into the digest's: Readlens's facts first and untouched, the AI only adds what they lack, marked as its own.
import type { Digest } from '../../core/analyze/types';
import { FACT_KINDS, spanTarget, type FactGroup, type FactItem, type FactKind } from '../lib/digest-view';
import { formatIsoDate } from '../lib/format';
import type { CheckedAiFacts } from './ai-facts';
import { numbersIn, words } from './article-index';

/** A fact as the popup lists it; `byAi` marks the ones the on-device model added, so the UI can say so. */
export interface MergedFactItem extends FactItem {
  byAi?: true;
}
export interface MergedFactGroup {
  kind: FactKind;
  items: MergedFactItem[];
}

/** Case-, accent- and punctuation-blind key of a name or phrase: "Jean-Yves Le Drian" = "jean yves le drian". */
const key = (s: string): string => words(s).join(' ');
/** The numbers a figure writes, in order, as one key ("2,300 habitants" → "2300"). */
const numberKey = (s: string): string => numbersIn(s).join(' ');

const subsetOf = (a: readonly string[], b: ReadonlySet<string>): boolean => a.length > 0 && a.every((w) => b.has(w));

/**
 * The AI facts the digest does not already have. A name the digest knows under any kind is not added again
 * (the model may file a body as a place); a person named by part of a known name ("Le Drian" for
 * "Jean-Yves Le Drian"), or by more of it, is the same person. Dates match by ISO day or wording, figures by
 * their numbers. The AI's own repeats are dropped too.
 */
export function aiAdditions(digest: Digest['facts'], ai: CheckedAiFacts): CheckedAiFacts {
  const names = new Set([
    ...digest.people.map((p) => key(p.name)),
    ...digest.places.map((p) => key(p.text)),
    ...digest.organisations.flatMap((o) => [o.text, ...o.aliases].map(key)),
  ]);
  const people = digest.people.map((p) => words(p.name));
  const dateKeys = new Set(digest.dates.flatMap((d) => [`iso:${d.iso}`, key(d.text)]));
  const figureKeys = new Set(digest.figures.flatMap((f) => [numberKey(f.text) || key(f.text), numberKey(String(f.value))]).filter(Boolean));

  const samePerson = (name: string): boolean => {
    const ws = words(name);
    const mine = new Set(ws);
    return people.some((known) => subsetOf(ws, new Set(known)) || subsetOf(known, mine));
  };
  const newName = (name: string): boolean => {
    const k = key(name);
    if (!k || names.has(k)) return false;
    names.add(k);
    return true;
  };

  const addedPeople = ai.people.filter((p) => {
    if (samePerson(p.name) || !newName(p.name)) return false;
    people.push(words(p.name));
    return true;
  });
  return {
    people: addedPeople,
    places: ai.places.filter((p) => newName(p.text)),
    organisations: ai.organisations.filter((o) => newName(o.text)),
    dates: ai.dates.filter((d) => {
      const keys = [key(d.text), ...(d.iso ? [`iso:${d.iso}`] : [])];
      if (keys.some((k) => dateKeys.has(k))) return false;
      keys.forEach((k) => dateKeys.add(k));
      return true;
    }),
    figures: ai.figures.filter((f) => {
      const k = numberKey(f.text) || key(f.text);
      if (!k || figureKeys.has(k)) return false;
      figureKeys.add(k);
      return true;
    }),
  };
}

function aiItem(label: string, ref: Parameters<typeof spanTarget>[0], detail?: string): MergedFactItem | null {
  const target = spanTarget(ref);
  if (!target || !label.trim()) return null;
  const clean = detail?.trim();
  return clean && clean !== label ? { label, detail: clean, target, byAi: true } : { label, target, byAi: true };
}

const present = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);

/** The AI additions as display items, per kind, labelled like the digest's own (a date by its ISO day when it has one). */
export function aiFactItems(additions: CheckedAiFacts, locale: string): Record<FactKind, MergedFactItem[]> {
  return {
    people: present(additions.people.map((p) => aiItem(p.name, p.ref, p.role))),
    places: present(additions.places.map((p) => aiItem(p.text, p.ref))),
    organisations: present(additions.organisations.map((o) => aiItem(o.text, o.ref))),
    dates: present(additions.dates.map((d) => aiItem(formatIsoDate(d.iso, locale) || d.text, d.ref, d.text))),
    figures: present(additions.figures.map((f) => aiItem(f.text, f.ref, f.counts))),
  };
}

/** Readlens's groups with the AI's items after each group's own, in the usual kind order; a kind only the AI found gets its group. */
export function mergeFactGroups(groups: readonly FactGroup[], additions: CheckedAiFacts, locale: string): MergedFactGroup[] {
  const extra = aiFactItems(additions, locale);
  return FACT_KINDS.map((kind) => ({ kind, items: [...(groups.find((g) => g.kind === kind)?.items ?? []), ...extra[kind]] })).filter(
    (g) => g.items.length > 0,
  );
}

export const aiFactCount = (additions: CheckedAiFacts): number =>
  additions.people.length + additions.places.length + additions.organisations.length + additions.dates.length + additions.figures.length;

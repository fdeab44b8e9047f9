// The facts the on-device model is asked for: their types, the JSON schema sent as responseConstraint, and a defensive parser.
import type { Ref } from '../../core/analyze/types';

export interface AiPerson {
  name: string;
  role?: string;
}
export interface AiDate {
  text: string;
  iso?: string;
}
export interface AiFigure {
  text: string;
  counts?: string;
}

/** What the model answers, once parsed: plain strings, nothing checked yet. */
export interface AiFacts {
  people: AiPerson[];
  places: string[];
  organisations: string[];
  dates: AiDate[];
  figures: AiFigure[];
}

/** A fact that survived the check, with the place in the article that proves it (the sentence the reader jumps to). */
export type Grounded<T> = T & { ref: Ref };

export interface CheckedAiFacts {
  people: Grounded<AiPerson>[];
  places: Grounded<{ text: string }>[];
  organisations: Grounded<{ text: string }>[];
  dates: Grounded<AiDate>[];
  figures: Grounded<AiFigure>[];
}

/** No facts, typed to fit both the raw and the checked shape. */
export const emptyAiFacts = () => ({ people: [] as never[], places: [] as never[], organisations: [] as never[], dates: [] as never[], figures: [] as never[] });

/** Items kept per kind: a popup shows a handful, and a model that lists more is padding. */
export const MAX_PER_KIND = 20;
/** Longest string kept from the model: names, roles and figures are short; longer text is a sentence, not a fact. */
export const MAX_CHARS = 120;

const str = { type: 'string' } as const;

/**
 * The answer's shape, given to the model as its responseConstraint (a plain JSON Schema the Prompt API
 * accepts). Optional parts (role, iso, counts) are left out of `required` so the model need not invent them.
 */
export const FACTS_SCHEMA = {
  type: 'object',
  properties: {
    people: {
      type: 'array',
      maxItems: MAX_PER_KIND,
      items: { type: 'object', properties: { name: str, role: str }, required: ['name'], additionalProperties: false },
    },
    places: { type: 'array', maxItems: MAX_PER_KIND, items: str },
    organisations: { type: 'array', maxItems: MAX_PER_KIND, items: str },
    dates: {
      type: 'array',
      maxItems: MAX_PER_KIND,
      items: { type: 'object', properties: { text: str, iso: str }, required: ['text'], additionalProperties: false },
    },
    figures: {
      type: 'array',
      maxItems: MAX_PER_KIND,
      items: { type: 'object', properties: { text: str, counts: str }, required: ['text'], additionalProperties: false },
    },
  },
  required: ['people', 'places', 'organisations', 'dates', 'figures'],
  additionalProperties: false,
} as const;

/** A trimmed, single-line string of reasonable length, or undefined for anything else. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.replace(/\s+/g, ' ').trim();
  return s && s.length <= MAX_CHARS ? s : undefined;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, MAX_PER_KIND) : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** An item given either as a bare string or as an object with `key`; the optional second field is kept when clean. */
function pair<K extends string, O extends string>(value: unknown, key: K, optional: O): ({ [k in K]: string } & { [o in O]?: string }) | null {
  const main = typeof value === 'string' ? clean(value) : clean(field(value, key));
  if (!main) return null;
  const extra = typeof value === 'string' ? undefined : clean(field(value, optional));
  return (extra ? { [key]: main, [optional]: extra } : { [key]: main }) as { [k in K]: string } & { [o in O]?: string };
}

const present = <T>(list: (T | null | undefined)[]): T[] => list.filter((x): x is T => x !== null && x !== undefined);

/** The JSON object in a model's answer: the whole answer, or the outermost {…} when the model wrapped it in prose or fences. */
function jsonObject(output: string): unknown {
  const attempts = [output.trim()];
  const first = output.indexOf('{');
  const last = output.lastIndexOf('}');
  if (first >= 0 && last > first) attempts.push(output.slice(first, last + 1));
  for (const text of attempts) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON as a whole: try the next, narrower reading.
    }
  }
  return null;
}

/**
 * Parse the model's answer without trusting it: wrong types, missing lists, over-long strings and extra keys
 * are dropped item by item, so one bad entry never costs the good ones. Unparseable output is no facts.
 */
export function parseAiFacts(output: unknown): AiFacts {
  const data = typeof output === 'string' ? jsonObject(output) : output;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return emptyAiFacts();
  return {
    people: present(listOf(field(data, 'people')).map((p) => pair(p, 'name', 'role'))),
    places: present(listOf(field(data, 'places')).map((p) => (typeof p === 'string' ? clean(p) : clean(field(p, 'name') ?? field(p, 'text'))))),
    organisations: present(listOf(field(data, 'organisations') ?? field(data, 'organizations')).map((p) => (typeof p === 'string' ? clean(p) : clean(field(p, 'name') ?? field(p, 'text'))))),
    dates: present(listOf(field(data, 'dates')).map((d) => pair(d, 'text', 'iso'))),
    figures: present(listOf(field(data, 'figures')).map((f) => pair(f, 'text', 'counts'))),
  };
}

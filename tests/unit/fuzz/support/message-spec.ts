// An independent, deliberately plain statement of the message protocol (from the types in src/common/messages.ts),
// used as the oracle the guards are fuzzed against. Only plain data counts: own enumerable data properties,
// a plain or null prototype, exactly the listed keys.

const plainRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (typeof key !== 'string' || !d || !('value' in d) || !d.enumerable) return false;
  }
  return true;
};

/** Exactly these required keys plus any of the optional ones. */
const keysAre = (v: Record<string, unknown>, required: string[], optional: string[] = []): boolean =>
  required.every((k) => Object.hasOwn(v, k)) && Object.keys(v).every((k) => required.includes(k) || optional.includes(k));

// Tab ids are 32-bit integers (Chromium and Firefox both); larger numbers name no tab.
const tabId = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff;
const index = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;
const bool = (v: unknown): boolean => v === true || v === false;
const str = (v: unknown): boolean => typeof v === 'string';
/** A dense array of strings (holes are not strings). */
const strings = (v: unknown, max: number): v is string[] => {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!Object.hasOwn(v, i) || typeof v[i] !== 'string') return false;
  return true;
};

export const SPEC_MAX_PARAGRAPHS = 20_000;
export const SPEC_MAX_CHARS = 3_000_000;

export function specRevealTarget(v: unknown): boolean {
  if (!plainRecord(v)) return false;
  if (v.kind === 'quote') return keysAre(v, ['kind', 'index']) && index(v.index);
  if (v.kind === 'span') {
    return keysAre(v, ['kind', 'paragraph', 'start', 'end']) && index(v.paragraph) && index(v.start) && index(v.end) &&
      (v.start as number) < (v.end as number);
  }
  return false;
}

export function specAnalyzeInput(v: unknown): boolean {
  if (!plainRecord(v) || !keysAre(v, ['paragraphs'], ['title', 'excerpt', 'lang', 'published', 'captions'])) return false;
  if (!strings(v.paragraphs, SPEC_MAX_PARAGRAPHS)) return false;
  if (v.paragraphs.reduce((n, p) => n + p.length, 0) > SPEC_MAX_CHARS) return false;
  if (v.captions !== undefined && !strings(v.captions, SPEC_MAX_PARAGRAPHS)) return false;
  for (const k of ['title', 'excerpt', 'lang'] as const) if (v[k] !== undefined && !str(v[k])) return false;
  return v.published === undefined || v.published === null || str(v.published);
}

export function specPopupRequest(v: unknown): boolean {
  if (!plainRecord(v)) return false;
  switch (v.type) {
    case 'bg/prepare': return keysAre(v, ['type', 'tabId']) && tabId(v.tabId);
    case 'bg/setReading': return keysAre(v, ['type', 'tabId', 'on']) && tabId(v.tabId) && bool(v.on);
    case 'bg/reveal': return keysAre(v, ['type', 'tabId', 'target']) && tabId(v.tabId) && specRevealTarget(v.target);
    default: return false;
  }
}

export function specContentEvent(v: unknown): boolean {
  if (!plainRecord(v)) return false;
  if (v.type === 'bg/readerState') return keysAre(v, ['type', 'open']) && bool(v.open);
  if (v.type === 'bg/analyze') return keysAre(v, ['type', 'input']) && specAnalyzeInput(v.input);
  return false;
}

export function specToContent(v: unknown): boolean {
  if (!plainRecord(v)) return false;
  switch (v.type) {
    case 'content/ping':
    case 'content/pageInfo':
    case 'content/digest': return keysAre(v, ['type']);
    case 'content/setReader': return keysAre(v, ['type', 'open'], ['ask']) && bool(v.open) && (v.ask === undefined || bool(v.ask));
    case 'content/reveal': return keysAre(v, ['type', 'target']) && specRevealTarget(v.target);
    default: return false;
  }
}

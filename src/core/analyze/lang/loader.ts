// Loads a language's lists once, when an article in that language first needs them. Where the data comes from is
// the caller's business (the extension fetches its packaged JSON), so this stays free of browser APIs.
import { hasLang, registerLang } from './registry';
import { DATA_LANGS } from './profiles';
import type { LangData } from './types';

/** Every field a data file may hold; all are strings. */
const FIELDS = new Set([
  'code', 'stop', 'speech', 'source', 'titles', 'roles', 'months', 'weekdays', 'numbers', 'scales', 'relDays', 'next',
  'pronouns', 'placePreps', 'abbrev', 'percent', 'boiler', 'currencies', 'orgBefore', 'orgAfter', 'placeAfter', 'singular', 'employer', 'workNouns', 'orgPlurals', 'examples', 'given', 'particles', 'article', 'clitics', 'speakerModel',
  'entityModel', 'common',
]);

/** A plain object of known string fields whose code is the one asked for: anything else is not our data. */
export function isLangData(v: unknown, code: string): v is LangData {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const entries = Object.entries(v);
  return (v as { code?: unknown }).code === code && typeof (v as { stop?: unknown }).stop === 'string'
    && entries.every(([k, x]) => FIELDS.has(k) && typeof x === 'string');
}

/**
 * Returns `ensure(code)`: resolves true once that language's lists are registered, false when the language has no
 * data file or its data could not be loaded (the digest is then a summary without facts, never an error).
 * Concurrent calls share one load; a failed load is tried again next time.
 */
export function langLoader(fetchData: (code: string) => Promise<unknown>): (code: string) => Promise<boolean> {
  const pending = new Map<string, Promise<boolean>>();
  return (code) => {
    if (hasLang(code)) return Promise.resolve(true);
    if (!DATA_LANGS.includes(code)) return Promise.resolve(false);
    let p = pending.get(code);
    if (!p) {
      p = fetchData(code).then(
        (data) => {
          if (!isLangData(data, code)) throw new Error(`bad data for ${code}`);
          registerLang(data);
          return true;
        },
      ).catch(() => false).finally(() => pending.delete(code));
      pending.set(code, p);
    }
    return p;
  };
}

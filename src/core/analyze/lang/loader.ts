// Loads a language's lists once, when an article in that language first needs them, and the name tables every full
// language shares (lang/data/common.json) with the first of them. Where the data comes from is the caller's business
// (the extension fetches its packaged JSON), so this stays free of browser APIs.
import { COMMON_FIELDS, LANG_FIELDS, hasCommon, hasLang, registerCommon, registerLang } from './registry';
import { DATA_LANGS } from './profiles';
import type { CommonData, LangData } from './types';

/** Every field a data file may hold; all are strings. */
const FIELDS = new Set(LANG_FIELDS);

/** The name under which `fetchData` is asked for the shared tables (lang/data/common.json); no language code. */
export const COMMON_DATA = 'common';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** A plain object of known string fields whose code is the one asked for: anything else is not our data. */
export function isLangData(v: unknown, code: string): v is LangData {
  return isPlainObject(v) && v.code === code && typeof v.stop === 'string'
    && Object.entries(v).every(([k, x]) => FIELDS.has(k) && typeof x === 'string');
}

/** A plain object holding exactly the shared tables' fields, each a string. */
export function isCommonData(v: unknown): v is CommonData {
  return isPlainObject(v) && Object.keys(v).length === COMMON_FIELDS.length
    && COMMON_FIELDS.every((k) => Object.hasOwn(v, k) && typeof v[k] === 'string');
}

/**
 * Returns `ensure(code)`: resolves true once that language's lists and the shared tables are registered, false when
 * the language has no data file or its data could not be loaded (the digest is then a summary without facts, never
 * an error). Concurrent calls share one load of each file; a failed load is tried again next time.
 */
export function langLoader(fetchData: (name: string) => Promise<unknown>): (code: string) => Promise<boolean> {
  const pending = new Map<string, Promise<boolean>>();
  const load = (name: string, register: (data: unknown) => void): Promise<boolean> => {
    let p = pending.get(name);
    if (!p) {
      p = fetchData(name).then((data) => {
        register(data);
        return true;
      }).catch(() => false).finally(() => pending.delete(name));
      pending.set(name, p);
    }
    return p;
  };
  const common = (): Promise<boolean> => load(COMMON_DATA, (data) => {
    if (!isCommonData(data)) throw new Error('bad shared data');
    registerCommon(data);
  });
  const own = (code: string): Promise<boolean> => load(code, (data) => {
    if (!isLangData(data, code)) throw new Error(`bad data for ${code}`);
    registerLang(data);
  });
  return async (code) => {
    if (hasLang(code) && hasCommon()) return true;
    if (!DATA_LANGS.includes(code)) return false;
    const loaded = await Promise.all([hasCommon() || common(), hasLang(code) || own(code)]);
    return loaded.every(Boolean);
  };
}

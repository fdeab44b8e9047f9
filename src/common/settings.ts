// The one settings module: schema with defaults, validation, migrations, per-site overrides, change notifications.

/** Text-size steps in percent of the reader's base size: 12 steps from 75% to 300%. */
export const TEXT_SIZES = [75, 85, 90, 100, 110, 120, 135, 150, 170, 200, 240, 300] as const;
export const DEFAULT_TEXT_SIZE = 100;

/** 'custom' paints the reader in the reader's own three colours (`colors`). */
export const THEMES = ['auto', 'light', 'sepia', 'dark', 'custom'] as const;
export const FONTS = ['serif', 'sans', 'legible'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
/** Extra spacing in em; the widest steps are WCAG 1.4.12's text-spacing values (0.12 em letters, 0.16 em words, and beyond). */
export const LETTER_SPACINGS = [0, 0.04, 0.08, 0.12] as const;
export const WORD_SPACINGS = [0, 0.08, 0.16, 0.32] as const;
/** 'justify' hyphenates by the article's language, so justified lines keep even gaps. */
export const ALIGNS = ['start', 'justify'] as const;
/** Lines left undimmed around the reading position; 0 turns line focus off. */
export const LINE_FOCUS = [0, 1, 3, 5] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type Align = (typeof ALIGNS)[number];

/** The custom theme's colours, as #rrggbb. */
export interface CustomColors {
  text: string;
  background: string;
  links: string;
}

/** What a site may override; kept small because storage.sync caps each item at 8 KB. */
export interface SiteSettings {
  textSize?: number;
}

export interface Settings {
  version: number;
  textSize: number;
  theme: Theme;
  font: Font;
  width: Width;
  lineHeight: number;
  highlightQuotes: boolean;
  letterSpacing: number;
  wordSpacing: number;
  align: Align;
  lineFocus: number;
  /** The reading-progress bar and the time left. */
  progress: boolean;
  colors: CustomColors;
}

/** The settings that apply on one site: the global ones with that site's overrides laid over. */
export interface EffectiveSettings extends Settings {
  siteOverride: boolean;
}

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';
/** Per-site overrides live in their own keys so one busy site list never hits the per-item quota. */
export const SITE_KEY_PREFIX = 'site:';
/** Origins where the reader opens by itself (each also holds an optional host permission). */
export const AUTO_OPEN_KEY = 'autoOpen';
/** storage.sync allows 8 KB per item: ~100 origins fit with room to spare. */
export const MAX_AUTO_OPEN_SITES = 100;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  textSize: DEFAULT_TEXT_SIZE,
  theme: 'auto',
  font: 'serif',
  width: 'medium',
  lineHeight: 1.6,
  highlightQuotes: true,
  letterSpacing: 0,
  wordSpacing: 0,
  align: 'start',
  lineFocus: 0,
  progress: true,
  colors: Object.freeze({ text: '#1e1e1e', background: '#fdf8ec', links: '#1a56a8' }),
});

/** The list's own value equal to v (so -0 comes back as 0), else the fallback. */
const oneOf = <T>(list: readonly T[], v: unknown, fallback: T): T => {
  const i = list.indexOf(v as T);
  return i >= 0 ? (list[i] as T) : fallback;
};

/** Snap any number to the nearest allowed text size; anything else gets the default. */
export function clampTextSize(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return DEFAULT_TEXT_SIZE;
  let best: number = TEXT_SIZES[0];
  for (const s of TEXT_SIZES) if (Math.abs(s - v) < Math.abs(best - v)) best = s;
  return best;
}

export function stepTextSize(current: number, direction: 1 | -1): number {
  const i = TEXT_SIZES.indexOf(clampTextSize(current) as (typeof TEXT_SIZES)[number]);
  const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, i + direction));
  return TEXT_SIZES[next] ?? DEFAULT_TEXT_SIZE;
}

/**
 * Bring stored data from any earlier schema up to the current one.
 * v0 (pre-release builds) stored `fontSize` in pixels on a 20 px base.
 */
export function migrate(raw: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, unknown>) } : {};
  const version = typeof data.version === 'number' ? data.version : 0;
  if (version < 1) {
    if (typeof data.fontSize === 'number' && data.textSize === undefined) data.textSize = (data.fontSize / 20) * 100;
    delete data.fontSize;
    data.version = 1;
  }
  return data;
}

/** Validate stored data field by field: a bad field falls back to its default, never the whole object. */
export function normalizeSettings(raw: unknown): Settings {
  const d = migrate(raw);
  return {
    version: SETTINGS_VERSION,
    textSize: clampTextSize(d.textSize),
    theme: oneOf(THEMES, d.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, d.font, DEFAULT_SETTINGS.font),
    width: oneOf(WIDTHS, d.width, DEFAULT_SETTINGS.width),
    lineHeight: oneOf(LINE_HEIGHTS, d.lineHeight, DEFAULT_SETTINGS.lineHeight),
    highlightQuotes: typeof d.highlightQuotes === 'boolean' ? d.highlightQuotes : DEFAULT_SETTINGS.highlightQuotes,
    letterSpacing: oneOf(LETTER_SPACINGS, d.letterSpacing, DEFAULT_SETTINGS.letterSpacing),
    wordSpacing: oneOf(WORD_SPACINGS, d.wordSpacing, DEFAULT_SETTINGS.wordSpacing),
    align: oneOf(ALIGNS, d.align, DEFAULT_SETTINGS.align),
    lineFocus: oneOf(LINE_FOCUS, d.lineFocus, DEFAULT_SETTINGS.lineFocus),
    progress: typeof d.progress === 'boolean' ? d.progress : DEFAULT_SETTINGS.progress,
    colors: normalizeColors(d.colors),
  };
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Each colour checked on its own: a bad one falls back to its default. */
export function normalizeColors(raw: unknown): CustomColors {
  const d = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = (key: keyof CustomColors): string => {
    const v = d[key];
    return typeof v === 'string' && HEX_COLOR.test(v) ? v.toLowerCase() : DEFAULT_SETTINGS.colors[key];
  };
  return { text: pick('text'), background: pick('background'), links: pick('links') };
}

export function normalizeSite(raw: unknown): SiteSettings {
  const d = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return d.textSize === undefined ? {} : { textSize: clampTextSize(d.textSize) };
}

export function resolveSettings(global: Settings, site: SiteSettings): EffectiveSettings {
  return { ...global, ...site, siteOverride: site.textSize !== undefined };
}

/** The http(s) origin of a URL or origin string ("https://www.lemonde.fr"), or null. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The site key for a page URL: its origin, or null where per-site settings make no sense. */
export function siteKeyFor(url: string): string | null {
  const origin = originOf(url);
  return origin ? SITE_KEY_PREFIX + origin : null;
}

/** The host-permission pattern that covers one origin's pages. */
export const originPattern = (origin: string): string => `${origin}/*`;

/** Stored auto-open list → unique, valid origins, sorted, capped. */
export function normalizeOrigins(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const origins = raw.filter((v): v is string => typeof v === 'string').map(originOf).filter((o): o is string => o !== null);
  return [...new Set(origins)].sort().slice(0, MAX_AUTO_OPEN_SITES);
}

/** Read-aloud speeds, as SpeechSynthesisUtterance.rate (1 = the voice's normal pace). */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
/** Read aloud's settings live under their own key: only the speech script reads them, and the voice map grows. */
export const SPEECH_KEY = 'speech';
/** Remembered voices: one per language, a bounded map so the item stays far below storage.sync's 8 KB. */
export const MAX_SPEECH_VOICES = 24;
const VOICE_LANG = /^[a-z]{2,3}$/;

export interface SpeechSettings {
  rate: number;
  /** Read quotations in a second voice. */
  quoteVoice: boolean;
  /** Chosen voice (voiceURI) per language, by primary subtag ("fr"). */
  voices: Record<string, string>;
}

export const DEFAULT_SPEECH: Readonly<SpeechSettings> = Object.freeze({ rate: 1, quoteVoice: false, voices: Object.freeze({}) });

/** Validate stored speech settings field by field, like normalizeSettings. */
export function normalizeSpeech(raw: unknown): SpeechSettings {
  const d = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const voices: Record<string, string> = {};
  if (typeof d.voices === 'object' && d.voices !== null && !Array.isArray(d.voices)) {
    for (const [lang, uri] of Object.entries(d.voices as Record<string, unknown>)) {
      if (Object.keys(voices).length >= MAX_SPEECH_VOICES) break;
      if (VOICE_LANG.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length <= 256) voices[lang] = uri;
    }
  }
  return {
    rate: oneOf(SPEECH_RATES, d.rate, DEFAULT_SPEECH.rate),
    quoteVoice: typeof d.quoteVoice === 'boolean' ? d.quoteVoice : DEFAULT_SPEECH.quoteVoice,
    voices,
  };
}

/** Read aloud's settings from a storage area (the speech script has no SettingsStore: it stays small). */
export async function loadSpeech(area: Pick<StorageAreaLike, 'get'>): Promise<SpeechSettings> {
  return normalizeSpeech((await area.get([SPEECH_KEY]))[SPEECH_KEY]);
}

/** Merge a change into the stored speech settings; `voices` merge per language, the newest first (kept when full). */
export async function updateSpeech(area: Pick<StorageAreaLike, 'get' | 'set'>, patch: Partial<SpeechSettings>): Promise<SpeechSettings> {
  const current = await loadSpeech(area);
  const voices = { ...patch.voices };
  for (const [lang, uri] of Object.entries(current.voices)) if (!(lang in voices)) voices[lang] = uri;
  const next = normalizeSpeech({ ...current, ...patch, voices });
  await area.set({ [SPEECH_KEY]: next });
  return next;
}

/** The slice of a storage area the store needs (browser.storage.sync fits; tests pass a Map-backed fake). */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Every stored item (`get(null)` in the WebExtension API): per-site keys are not known in advance. */
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface SettingsStore {
  load(url?: string): Promise<EffectiveSettings>;
  update(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings>;
  /** Set the text size where it applies: the site's override when it has one, the global default otherwise. */
  setTextSize(url: string | undefined, size: number): Promise<EffectiveSettings>;
  /** Turn the per-site override on (copying the current size) or off (back to the global default). */
  setSiteOverride(url: string, on: boolean): Promise<EffectiveSettings>;
  /** Calls back with fresh effective settings whenever they change for that URL; returns the unsubscribe. */
  watch(url: string | undefined, onChange: (s: EffectiveSettings) => void): () => void;
  autoOpenSites(): Promise<string[]>;
  setAutoOpen(url: string, on: boolean): Promise<string[]>;
  /** Sites with a remembered text size, sorted by origin. */
  siteSizes(): Promise<SiteSize[]>;
  /** Forget one site's text size: its pages follow the global default again. */
  forgetSite(origin: string): Promise<SiteSize[]>;
  /** Global reading defaults back to the shipped ones (site sizes and auto-open sites are kept). */
  resetDefaults(): Promise<Settings>;
  /** Calls back on any change to the stored settings, site sizes or auto-open list; returns the unsubscribe. */
  watchAll(onChange: () => void): () => void;
}

export interface SiteSize {
  origin: string;
  textSize: number;
}

export function createSettingsStore(
  area: StorageAreaLike,
  subscribe: (listener: (changes: StorageChanges) => void) => () => void,
): SettingsStore {
  async function readGlobal(): Promise<Settings> {
    const got = await area.get([SETTINGS_KEY]);
    return normalizeSettings(got[SETTINGS_KEY]);
  }
  async function load(url?: string): Promise<EffectiveSettings> {
    const siteKey = url ? siteKeyFor(url) : null;
    const got = await area.get(siteKey ? [SETTINGS_KEY, siteKey] : [SETTINGS_KEY]);
    return resolveSettings(normalizeSettings(got[SETTINGS_KEY]), siteKey ? normalizeSite(got[siteKey]) : {});
  }
  async function update(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
    const next = normalizeSettings({ ...(await readGlobal()), ...patch });
    await area.set({ [SETTINGS_KEY]: next });
    return next;
  }
  async function setTextSize(url: string | undefined, size: number): Promise<EffectiveSettings> {
    const current = await load(url);
    const siteKey = url ? siteKeyFor(url) : null;
    if (current.siteOverride && siteKey) await area.set({ [siteKey]: { textSize: clampTextSize(size) } });
    else await update({ textSize: size });
    return load(url);
  }
  async function setSiteOverride(url: string, on: boolean): Promise<EffectiveSettings> {
    const siteKey = siteKeyFor(url);
    if (!siteKey) return load(url);
    if (on) await area.set({ [siteKey]: { textSize: (await load(url)).textSize } });
    else await area.remove([siteKey]);
    return load(url);
  }
  function watch(url: string | undefined, onChange: (s: EffectiveSettings) => void): () => void {
    const siteKey = url ? siteKeyFor(url) : null;
    return subscribe((changes) => {
      if (SETTINGS_KEY in changes || (siteKey !== null && siteKey in changes)) void load(url).then(onChange);
    });
  }
  async function autoOpenSites(): Promise<string[]> {
    return normalizeOrigins((await area.get([AUTO_OPEN_KEY]))[AUTO_OPEN_KEY]);
  }
  async function setAutoOpen(url: string, on: boolean): Promise<string[]> {
    const origin = originOf(url);
    const current = await autoOpenSites();
    if (!origin) return current;
    const next = normalizeOrigins(on ? [...current, origin] : current.filter((o) => o !== origin));
    await area.set({ [AUTO_OPEN_KEY]: next });
    return next;
  }
  async function siteSizes(): Promise<SiteSize[]> {
    const sizes: SiteSize[] = [];
    for (const [key, value] of Object.entries(await area.getAll())) {
      const origin = key.startsWith(SITE_KEY_PREFIX) ? originOf(key.slice(SITE_KEY_PREFIX.length)) : null;
      const site = normalizeSite(value);
      // Only keys that round-trip exactly: a stray or hand-edited key is not shown as a site.
      if (origin && SITE_KEY_PREFIX + origin === key && site.textSize !== undefined) sizes.push({ origin, textSize: site.textSize });
    }
    return sizes.sort((a, b) => a.origin.localeCompare(b.origin));
  }
  async function forgetSite(origin: string): Promise<SiteSize[]> {
    const key = siteKeyFor(origin);
    if (key) await area.remove([key]);
    return siteSizes();
  }
  async function resetDefaults(): Promise<Settings> {
    const defaults = normalizeSettings(DEFAULT_SETTINGS);
    await area.set({ [SETTINGS_KEY]: defaults });
    return defaults;
  }
  const watchAll = (onChange: () => void): (() => void) =>
    subscribe((changes) => {
      if (Object.keys(changes).some((k) => k === SETTINGS_KEY || k === AUTO_OPEN_KEY || k.startsWith(SITE_KEY_PREFIX))) onChange();
    });
  // Writes read, then modify, then write: queue them so two quick changes (two clicks, a drag) never overwrite
  // each other with stale reads. Internal calls use the plain functions, so nothing waits on itself.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    const run = queue.then(() => fn(...args));
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    load, watch, autoOpenSites, siteSizes, watchAll,
    update: serial(update),
    setTextSize: serial(setTextSize),
    setSiteOverride: serial(setSiteOverride),
    setAutoOpen: serial(setAutoOpen),
    forgetSite: serial(forgetSite),
    resetDefaults: serial(resetDefaults),
  };
}

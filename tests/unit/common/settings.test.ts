import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, DEFAULT_SPEECH, MAX_SPEECH_VOICES, SPEECH_KEY, TEXT_SIZES, clampTextSize, loadSpeech, normalizeSpeech, updateSpeech, createSettingsStore, migrate, normalizeOrigins, normalizeSettings, originOf, siteKeyFor, stepTextSize,
} from '../../../src/common/settings';
import { fakeArea } from '../support/memory-storage';

describe('settings schema', () => {
  it('has 12 text-size steps from 75% to 300%', () => {
    expect(TEXT_SIZES).toHaveLength(12);
    expect(TEXT_SIZES[0]).toBe(75);
    expect(TEXT_SIZES.at(-1)).toBe(300);
  });

  it('snaps sizes to the nearest step and rejects junk', () => {
    expect(clampTextSize(104)).toBe(100);
    expect(clampTextSize(9999)).toBe(300);
    expect(clampTextSize('big')).toBe(100);
    expect(clampTextSize(Number.NaN)).toBe(100);
  });

  it('steps up and down and stops at the ends', () => {
    expect(stepTextSize(100, 1)).toBe(110);
    expect(stepTextSize(100, -1)).toBe(90);
    expect(stepTextSize(300, 1)).toBe(300);
    expect(stepTextSize(75, -1)).toBe(75);
  });

  it('falls back field by field, never whole', () => {
    const s = normalizeSettings({ version: 1, textSize: 150, theme: 'neon', font: 'sans', lineHeight: 'x' });
    expect(s).toMatchObject({ textSize: 150, theme: 'auto', font: 'sans', lineHeight: DEFAULT_SETTINGS.lineHeight });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the reading aids and the custom colours, each checked on its own', () => {
    const s = normalizeSettings({
      version: 1, letterSpacing: 0.12, wordSpacing: 0.5, align: 'justify', lineFocus: 3, progress: false, theme: 'custom',
      colors: { text: '#AABBCC', background: 'black', links: '#123456' },
    });
    expect(s).toMatchObject({ letterSpacing: 0.12, wordSpacing: 0, align: 'justify', lineFocus: 3, progress: false, theme: 'custom' });
    expect(s.colors).toEqual({ text: '#aabbcc', background: DEFAULT_SETTINGS.colors.background, links: '#123456' });
  });

  it('migrates v0 pixel sizes to percent', () => {
    expect(migrate({ fontSize: 24 })).toEqual({ textSize: 120, version: 1 });
    expect(normalizeSettings({ fontSize: 30 }).textSize).toBe(150);
  });

  it('keys sites by origin, only for web pages', () => {
    expect(siteKeyFor('https://www.example.com/a/b?c')).toBe('site:https://www.example.com');
    expect(siteKeyFor('chrome://settings')).toBeNull();
    expect(siteKeyFor('not a url')).toBeNull();
  });
});

describe('settings store', () => {
  const url = 'https://news.example/article';
  const other = 'https://other.example/x';

  it('persists the global text size and reports changes to watchers', async () => {
    const { area, subscribe, data } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    const seen: number[] = [];
    const stop = store.watch(url, (s) => seen.push(s.textSize));
    await store.setTextSize(url, 120);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([120]);
    expect((data.get('settings') as { textSize: number }).textSize).toBe(120);
    expect((await store.load(other)).textSize).toBe(120);
    stop();
    await store.setTextSize(url, 135);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([120]);
  });

  it('keeps a per-site override apart from the global default', async () => {
    const { area, subscribe } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    await store.setTextSize(url, 110);
    const on = await store.setSiteOverride(url, true);
    expect(on).toMatchObject({ textSize: 110, siteOverride: true });
    await store.setTextSize(url, 170);
    expect((await store.load(url)).textSize).toBe(170);
    expect((await store.load(other)).textSize).toBe(110);
    const off = await store.setSiteOverride(url, false);
    expect(off).toMatchObject({ textSize: 110, siteOverride: false });
  });

  it('changes made in quick succession all land (writes are queued, never raced with stale reads)', async () => {
    const { area, subscribe, data } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    await Promise.all([
      store.update({ theme: 'dark' }),
      store.update({ font: 'sans' }),
      store.setTextSize(url, 150),
      store.update({ highlightQuotes: false }),
      store.setAutoOpen(url, true),
      store.setAutoOpen(other, true),
    ]);
    expect(data.get('settings')).toMatchObject({ theme: 'dark', font: 'sans', textSize: 150, highlightQuotes: false });
    expect(await store.autoOpenSites()).toHaveLength(2);
  });

  it('lists remembered site sizes, forgets one, and resets the defaults without touching sites', async () => {
    const { area, subscribe, data } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    await store.update({ theme: 'sepia', textSize: 200 });
    await store.setSiteOverride(url, true);
    data.set('site:not a url', { textSize: 150 });
    expect(await store.siteSizes()).toEqual([{ origin: new URL(url).origin, textSize: 200 }]);
    await store.resetDefaults();
    expect(await store.load(other)).toMatchObject({ theme: 'auto', textSize: 100 });
    expect((await store.load(url)).textSize).toBe(200);
    expect(await store.forgetSite(new URL(url).origin)).toEqual([]);
    expect((await store.load(url)).siteOverride).toBe(false);
  });

  it('validates what it writes', async () => {
    const { area, subscribe, data } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    await store.update({ theme: 'bogus' as never, textSize: 1234 });
    expect(data.get('settings')).toMatchObject({ theme: 'auto', textSize: 300, version: 1 });
  });
});

describe('auto-open sites', () => {
  it('stores origins only, once each, and removes them', async () => {
    const { area, subscribe, data } = fakeArea();
    const store = createSettingsStore(area, subscribe);
    await store.setAutoOpen('https://www.lemonde.fr/article/x.html', true);
    await store.setAutoOpen('https://www.lemonde.fr/other', true);
    await store.setAutoOpen('chrome://settings', true);
    expect(await store.autoOpenSites()).toEqual(['https://www.lemonde.fr']);
    await store.setAutoOpen('http://127.0.0.1:8080/x', true);
    expect(data.get('autoOpen')).toEqual(['http://127.0.0.1:8080', 'https://www.lemonde.fr']);
    expect(await store.setAutoOpen('https://www.lemonde.fr/', false)).toEqual(['http://127.0.0.1:8080']);
  });

  it('cleans junk from storage', () => {
    expect(normalizeOrigins(['https://a.example/x', 42, 'javascript:alert(1)', 'https://a.example'])).toEqual(['https://a.example']);
    expect(normalizeOrigins('nope')).toEqual([]);
    expect(originOf('ftp://x.example')).toBeNull();
  });
});

describe('read-aloud settings', () => {
  it('default to normal speed, one voice, nothing remembered', async () => {
    expect(normalizeSpeech(undefined)).toEqual(DEFAULT_SPEECH);
    expect(await loadSpeech(fakeArea().area)).toEqual({ rate: 1, quoteVoice: false, voices: {} });
  });

  it('keep each valid field and drop each bad one on its own', () => {
    expect(normalizeSpeech({ rate: 2.5, quoteVoice: true, voices: { fr: 'urn:a', de: 'urn:b' } })).toEqual({ rate: 2.5, quoteVoice: true, voices: { fr: 'urn:a', de: 'urn:b' } });
    expect(normalizeSpeech({ rate: 2.4, quoteVoice: 'yes', voices: [] })).toEqual(DEFAULT_SPEECH);
    expect(normalizeSpeech({ rate: 4, voices: { 'fr-FR': 'x', en: '', es: 7, it: 'y'.repeat(300), pt: 'ok' } }).voices).toEqual({ pt: 'ok' });
    expect(normalizeSpeech({ rate: 0.5 }).rate).toBe(0.5);
    expect(normalizeSpeech({ rate: 3 }).rate).toBe(3);
  });

  it('remember a voice per language; the newest choice is kept when the map is full', async () => {
    const { area } = fakeArea();
    await updateSpeech(area, { voices: { fr: 'urn:fr' } });
    await updateSpeech(area, { rate: 1.5, voices: { de: 'urn:de' } });
    await updateSpeech(area, { voices: { fr: 'urn:fr2' } });
    expect(await loadSpeech(area)).toEqual({ rate: 1.5, quoteVoice: false, voices: { fr: 'urn:fr2', de: 'urn:de' } });
    const many = Object.fromEntries(Array.from({ length: MAX_SPEECH_VOICES }, (_, i) => [`l${String.fromCharCode(97 + i)}`, `urn:${i}`]));
    await area.set({ [SPEECH_KEY]: { voices: many } });
    const next = await updateSpeech(area, { voices: { zu: 'urn:zu' } });
    expect(Object.keys(next.voices)).toHaveLength(MAX_SPEECH_VOICES);
    expect(next.voices.zu).toBe('urn:zu');
  });
});

// The translations in src/static/_locales: each one complete, with en's placeholders, actually translated, in a locale
// folder Chrome knows; and every message key the sources ask for exists in en.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_CHOICES } from '../../../src/common/reading-choices';

const repo = path.resolve(__dirname, '../../..');
const localesDir = path.join(repo, 'src/static/_locales');

interface Entry { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
type Messages = Record<string, Entry>;

const readText = (locale: string): string => fs.readFileSync(path.join(localesDir, locale, 'messages.json'), 'utf8');
const read = (locale: string): Messages => JSON.parse(readText(locale)) as Messages;

const locales = fs.readdirSync(localesDir).filter((d) => fs.statSync(path.join(localesDir, d)).isDirectory()).sort();
const translations = locales.filter((l) => l !== 'en');
const en = read('en');

/** The locale folders Chrome accepts (developer.chrome.com, "Locale-specific messages"); others are ignored there. */
const CHROME_LOCALES = new Set(
  ('ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko lt lv ml mr ' +
    'ms nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW').split(' '),
);

/**
 * Messages that may read exactly as in English: the brand, a pure format, the universal "ON", and words the language
 * shares with English ("Sepia" in German and Spanish; "Organisations", "Dates", "Auto", "Serif" in French).
 */
const SAME_AS_ENGLISH: Record<string, readonly string[] | 'any'> = {
  sourceReadlens: 'any',
  withKey: 'any',
  badgeOn: 'any',
  opt_theme_sepia: ['de', 'es'],
  opt_theme_auto: ['fr'],
  opt_font_serif: ['fr'],
  facts_organisations: ['fr'],
  facts_dates: ['fr'],
  opt_spacing_0: ['fr', 'de', 'es', 'pt_BR', 'pt_PT'],
  colorText: ['de'],
  colorLinks: ['de', 'pt_BR'],
};

/** The $NAME$ tokens a message uses, upper-cased (Chrome matches placeholder names without case). */
const tokens = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
const placeholderNames = (entry: Entry): string[] => Object.keys(entry.placeholders ?? {}).map((n) => n.toUpperCase()).sort();

describe('locale files', () => {
  it('include the languages the UI ships in', () => {
    expect(locales).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'es', 'fr', 'it', 'pt_BR', 'pt_PT']));
  });

  it.each(locales)('%s is valid JSON without repeated keys, in a folder Chrome knows', (locale) => {
    const text = readText(locale);
    const messages = JSON.parse(text) as Messages;
    // JSON.parse keeps the last of two equal keys silently: count the top-level keys as written.
    const written = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(written).toEqual(Object.keys(messages));
    expect(CHROME_LOCALES.has(locale)).toBe(true);
  });

  it.each(translations)('%s has exactly the keys of en', (locale) => {
    expect(Object.keys(read(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)('%s: every message is non-empty and uses exactly the placeholders en declares', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      const source = en[key];
      if (!source) continue; // reported by the key test
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
      expect(placeholderNames(entry), key).toEqual(placeholderNames(source));
      expect(tokens(entry.message), key).toEqual(tokens(source.message));
      for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
        const own = Object.entries(source.placeholders ?? {}).find(([n]) => n.toUpperCase() === name.toUpperCase());
        expect(ph.content, `${key}.${name}`).toBe(own?.[1].content);
      }
    }
  });

  it.each(translations)('%s translates every message (save the allowed few)', (locale) => {
    const untranslated = Object.keys(en).filter((key) => {
      const allowed = SAME_AS_ENGLISH[key];
      if (allowed === 'any' || allowed?.includes(locale)) return false;
      return read(locale)[key]?.message.trim() === en[key]!.message.trim();
    });
    expect(untranslated).toEqual([]);
  });

  it.each(locales)('%s names its own language in uiLocale, and keeps the badge to 4 characters', (locale) => {
    const messages = read(locale);
    expect(messages.uiLocale?.message).toBe(locale.replace('_', '-'));
    expect([...(messages.badgeOn?.message ?? '')].length).toBeLessThanOrEqual(4);
  });

  it.each(locales)('%s fits the store and manifest limits (name 75, description 132 characters)', (locale) => {
    const messages = read(locale);
    expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(75);
    expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
  });
});

/** Every .ts/.tsx file under dir. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sources(full);
    return /\.tsx?$/.test(d.name) ? [full] : [];
  });
}

describe('keys used by the sources', () => {
  const code = sources(path.join(repo, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const call = String.raw`(?:\bt|\bmsg|\.getMessage)\(\s*`;
  const literal = [...code.matchAll(new RegExp(String.raw`${call}(['"])([^'"\n]+)\1`, 'g'))].map((m) => m[2]!);
  // Keys built at run time (`facts_${kind}`): their fixed start must begin at least one key.
  const prefixes = [...code.matchAll(new RegExp(String.raw`${call}\x60([^\x60$]*)\$\{`, 'g'))].map((m) => m[1]!);
  const manifest = fs.readFileSync(path.join(repo, 'manifest.json'), 'utf8');
  const fromManifest = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

  it('finds the calls (the search itself works)', () => {
    expect(new Set(literal).size).toBeGreaterThan(50);
    expect(prefixes).toEqual(expect.arrayContaining(['facts_', 'unsupported_']));
    expect(fromManifest).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandToggle']));
  });

  it('every literal key exists in en (predefined @@ messages aside)', () => {
    const missing = [...new Set([...literal, ...fromManifest])].filter((key) => !key.startsWith('@@') && !(key in en));
    expect(missing).toEqual([]);
  });

  it('every built key starts at least one en key', () => {
    const keys = Object.keys(en);
    expect(prefixes.filter((p) => !keys.some((k) => k.startsWith(p)))).toEqual([]);
  });

  it('every reading choice has its label and each of its values a label (or is a number shown as such) in en', () => {
    const missing = READING_CHOICES.flatMap((choice) => [
      choice.label,
      ...choice.values.map((v) => choice.option(v) ?? (typeof v === 'number' ? null : `${choice.name}.${v}`)).filter((k): k is string => k !== null),
    ]).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});

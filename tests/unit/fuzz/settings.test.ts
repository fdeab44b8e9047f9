// Settings under fuzzing: whatever storage holds (any value, near-valid objects, old schemas), migrate and
// normalizeSettings never throw and always give a complete, valid Settings object.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ALIGNS, DEFAULT_SETTINGS, FONTS, LETTER_SPACINGS, LINE_FOCUS, LINE_HEIGHTS, migrate, normalizeSettings, normalizeSite, SETTINGS_VERSION,
  TEXT_SIZES, THEMES, WIDTHS, WORD_SPACINGS, type Settings,
} from '../../../src/common/settings';
import { CaseCounter, params } from './support/budget';

const counter = new CaseCounter('settings');
afterAll(() => console.log(counter.summary()));

const anyValue = fc.anything({
  withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true,
  withDate: true, withTypedArray: true, withSparseArray: true, maxDepth: 3,
});

/** Everything a valid Settings object must satisfy, checked field by field. */
function settingsProblems(s: Settings): string[] {
  const p: string[] = [];
  const keys = Object.keys(s).sort();
  const expected = Object.keys(DEFAULT_SETTINGS).sort();
  if (JSON.stringify(keys) !== JSON.stringify(expected)) p.push(`keys ${keys.join(',')}`);
  if (s.version !== SETTINGS_VERSION) p.push(`version ${String(s.version)}`);
  if (!(TEXT_SIZES as readonly number[]).includes(s.textSize)) p.push(`textSize ${String(s.textSize)}`);
  if (!(THEMES as readonly string[]).includes(s.theme)) p.push(`theme ${String(s.theme)}`);
  if (!(FONTS as readonly string[]).includes(s.font)) p.push(`font ${String(s.font)}`);
  if (!(WIDTHS as readonly string[]).includes(s.width)) p.push(`width ${String(s.width)}`);
  if (!(LINE_HEIGHTS as readonly number[]).includes(s.lineHeight)) p.push(`lineHeight ${String(s.lineHeight)}`);
  if (typeof s.highlightQuotes !== 'boolean') p.push('highlightQuotes not boolean');
  if (!(LETTER_SPACINGS as readonly number[]).includes(s.letterSpacing)) p.push(`letterSpacing ${String(s.letterSpacing)}`);
  if (!(WORD_SPACINGS as readonly number[]).includes(s.wordSpacing)) p.push(`wordSpacing ${String(s.wordSpacing)}`);
  if (!(ALIGNS as readonly string[]).includes(s.align)) p.push(`align ${String(s.align)}`);
  if (!(LINE_FOCUS as readonly number[]).includes(s.lineFocus)) p.push(`lineFocus ${String(s.lineFocus)}`);
  if (typeof s.progress !== 'boolean') p.push('progress not boolean');
  const colors = s.colors as unknown as Record<string, unknown>;
  if (Object.keys(colors).sort().join() !== 'background,links,text' || !Object.values(colors).every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/.test(c))) {
    p.push(`colors ${JSON.stringify(colors)}`);
  }
  if (Object.getPrototypeOf(s) !== Object.prototype) p.push('not a plain object');
  return p;
}

/** A stored object that is nearly right: valid and invalid values per field, old fields, nasty keys. */
const nearSettings = fc.record(
  {
    version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 0.5, NaN, Infinity, '1', null), fc.anything()),
    textSize: fc.oneof(fc.constantFrom(...TEXT_SIZES), fc.double(), fc.integer(), fc.constantFrom('100', null, NaN, -Infinity)),
    fontSize: fc.oneof(fc.double(), fc.integer({ min: -100, max: 200 }), fc.constantFrom(NaN, Infinity, '20')),
    theme: fc.oneof(fc.constantFrom(...THEMES), fc.string(), fc.constantFrom('Dark', 'dark ', '__proto__', 'constructor')),
    font: fc.oneof(fc.constantFrom(...FONTS), fc.string(), fc.anything()),
    width: fc.oneof(fc.constantFrom(...WIDTHS), fc.string(), fc.anything()),
    lineHeight: fc.oneof(fc.constantFrom(...LINE_HEIGHTS), fc.double(), fc.constantFrom('1.6', 1.60000001)),
    highlightQuotes: fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null)),
    letterSpacing: fc.oneof(fc.constantFrom(...LETTER_SPACINGS), fc.double(), fc.constantFrom('0.04', null)),
    wordSpacing: fc.oneof(fc.constantFrom(...WORD_SPACINGS), fc.double(), fc.anything()),
    align: fc.oneof(fc.constantFrom(...ALIGNS), fc.string(), fc.constantFrom('JUSTIFY', 'left')),
    lineFocus: fc.oneof(fc.constantFrom(...LINE_FOCUS), fc.integer(), fc.constantFrom('3', 2)),
    progress: fc.oneof(fc.boolean(), fc.constantFrom('false', 0, null)),
    colors: fc.oneof(
      fc.record({ text: fc.oneof(fc.constantFrom('#123456', '#ABCDEF', '#fff', 'red', 'url(x)'), fc.string()), background: fc.anything(), links: fc.constantFrom('#00ff00', '#00FF0', '') }, { requiredKeys: [] }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
).chain((o) =>
  fc.constantFrom('none', 'own-proto', 'constructor', 'json-proto', 'null-proto', 'array', 'frozen').map((twist) => {
    switch (twist) {
      case 'own-proto': return Object.defineProperty({ ...o }, '__proto__', { value: { theme: 'dark', textSize: 300 }, enumerable: true }) as unknown;
      case 'constructor': return { ...o, constructor: { prototype: { polluted: true } } };
      case 'json-proto': return JSON.parse(`{"__proto__":{"theme":"dark"},${JSON.stringify(o).slice(1)}`) as unknown;
      case 'null-proto': return Object.assign(Object.create(null) as object, o);
      case 'array': return Object.assign([], o);
      case 'frozen': return Object.freeze({ ...o });
      default: return o;
    }
  }),
);

describe('settings (fuzz)', () => {
  it('normalizeSettings turns any stored value into valid settings', () => {
    fc.assert(fc.property(anyValue, counter.count('normalize/anything', (raw) => {
      expect(settingsProblems(normalizeSettings(raw))).toEqual([]);
    })), params(800));
  });

  it('normalizeSettings keeps each valid field and repairs only the bad ones; it is idempotent', () => {
    fc.assert(fc.property(nearSettings, counter.count('normalize/near-valid', (raw) => {
      const s = normalizeSettings(raw);
      expect(settingsProblems(s)).toEqual([]);
      expect(normalizeSettings(s)).toEqual(s);
      expect(normalizeSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
      const own = (k: string): unknown => (Object.hasOwn(raw as object, k) ? (raw as Record<string, unknown>)[k] : undefined);
      if ((THEMES as readonly unknown[]).includes(own('theme'))) expect(s.theme).toBe(own('theme'));
      if ((FONTS as readonly unknown[]).includes(own('font'))) expect(s.font).toBe(own('font'));
      if (typeof own('highlightQuotes') === 'boolean') expect(s.highlightQuotes).toBe(own('highlightQuotes'));
      // Prototype keys never leak into the result.
      expect(Object.prototype.hasOwnProperty.call(s, 'polluted')).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    })), params(800));
  });

  it('migrate never throws, returns a record that normalises cleanly and lifts old data to version 1', () => {
    fc.assert(fc.property(fc.oneof(anyValue, nearSettings), counter.count('migrate', (raw) => {
      const m = migrate(raw);
      expect(typeof m).toBe('object');
      expect(m).not.toBeNull();
      expect(settingsProblems(normalizeSettings(m))).toEqual([]);
      const rawVersion = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).version : undefined;
      if (typeof rawVersion !== 'number' || rawVersion < 1) {
        // Older (or unversioned) data is brought up to version 1 and loses the v0 pixel size.
        expect(m.version).toBe(1);
        expect(Object.hasOwn(m, 'fontSize')).toBe(false);
      }
    })), params(800));
  });

  it('normalizeSite keeps at most a snapped text size', () => {
    fc.assert(fc.property(fc.oneof(anyValue, nearSettings), counter.count('normalizeSite', (raw) => {
      const site = normalizeSite(raw);
      expect(Object.keys(site).every((k) => k === 'textSize')).toBe(true);
      if (site.textSize !== undefined) expect((TEXT_SIZES as readonly number[]).includes(site.textSize)).toBe(true);
    })), params(400));
  });
});

import { describe, expect, it } from 'vitest';
import { AA_CONTRAST, customContrast } from '../../../src/common/reading-choices';
import { PALETTES, contrastRatio, customPalette, paletteProperties } from '../../../src/content/reader/themes';
import { formatPublished } from '../../../src/content/reader/render';

describe('reader themes', () => {
  it('computes WCAG contrast like the spec', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  it.each(Object.entries(PALETTES))('%s meets WCAG AA for text, muted text, links, quotes and speakers', (_name, p) => {
    expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.accent, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.quoteFg, p.quoteBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.speaker, p.quoteBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.speaker, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.fg, p.surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('formatPublished', () => {
  it('writes the date in the article language at the page offset', () => {
    expect(formatPublished('2016-10-26T12:54:00+02:00', 'fr')).toMatch(/26 octobre 2016.*12:54/);
    expect(formatPublished('2016-10-26T12:54:00+02:00', 'en')).toMatch(/October 26, 2016.*12:54/);
    expect(formatPublished('2016-10-26', 'de')).toMatch(/26\. Oktober 2016/);
  });

  it('returns nothing for junk', () => {
    expect(formatPublished('yesterday', 'en')).toBe('');
  });
});

describe('custom theme', () => {
  it('warns below WCAG AA: the lower of text and links on the background', () => {
    expect(customContrast({ text: '#000000', background: '#ffffff', links: '#0000ee' })).toBeGreaterThanOrEqual(AA_CONTRAST);
    expect(customContrast({ text: '#000000', background: '#ffffff', links: '#aaaaaa' })).toBeCloseTo(contrastRatio('#aaaaaa', '#ffffff'), 5);
    expect(customContrast({ text: '#777777', background: '#888888', links: '#000000' })).toBeLessThan(AA_CONTRAST);
  });

  it('builds a full palette from three colours, as custom properties', () => {
    const props = Object.fromEntries(paletteProperties(customPalette({ text: '#111111', background: '#eeeeee', links: '#0055aa' })));
    expect(props['--rl-bg']).toBe('#eeeeee');
    expect(props['--rl-fg']).toBe('#111111');
    expect(props['--rl-accent']).toBe('#0055aa');
    expect(props['--rl-quote-bg']).toMatch(/^color-mix\(in srgb, #0055aa \d+%, #eeeeee\)$/);
    expect(Object.keys(props)).toEqual(Object.keys(Object.fromEntries(paletteProperties(PALETTES.light))));
  });
});

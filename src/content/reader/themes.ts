// Reader colour themes as data: each palette is checked for WCAG AA contrast by a unit test.
import type { CustomColors, Theme } from '../../common/settings';

export { contrastRatio } from '../../common/reading-choices';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  rule: string;
  /** Quotation highlight: background behind quoted words, and the speaker label's colour. */
  quoteBg: string;
  quoteFg: string;
  speaker: string;
  flash: string;
  surface: string;
}

export const PALETTES: Record<Exclude<Theme, 'auto' | 'custom'>, Palette> = {
  light: {
    bg: '#fbfaf7', fg: '#1f2328', muted: '#57606a', accent: '#1d5c4f', rule: '#d8dee4',
    quoteBg: '#fdf0c4', quoteFg: '#1f2328', speaker: '#6a4a00', flash: '#bfe3d9', surface: '#f0efe9',
  },
  sepia: {
    bg: '#f4ecd8', fg: '#3b2f1e', muted: '#6b5637', accent: '#7a3e12', rule: '#d9cba7',
    quoteBg: '#ead9ad', quoteFg: '#3b2f1e', speaker: '#6b3a0f', flash: '#d8c48f', surface: '#ebe0c5',
  },
  dark: {
    bg: '#16181c', fg: '#e6e6e6', muted: '#a9b1ba', accent: '#7cc4b2', rule: '#30363d',
    quoteBg: '#3b3217', quoteFg: '#f2ead3', speaker: '#e9c46a', flash: '#1f4d43', surface: '#1f232a',
  },
};

const vars = (p: Palette): string => paletteProperties(p).map(([k, v]) => `${k}: ${v};`).join(' ');

/** CSS that applies a palette per data-theme value, with "auto" following the system. */
export function themeCss(): string {
  const { light, sepia, dark } = PALETTES;
  return [
    `.reader, .reader[data-theme='light'] { ${vars(light)} color-scheme: light; }`,
    `.reader[data-theme='sepia'] { ${vars(sepia)} color-scheme: light; }`,
    `.reader[data-theme='dark'] { ${vars(dark)} color-scheme: dark; }`,
    `@media (prefers-color-scheme: dark) { .reader[data-theme='auto'] { ${vars(dark)} color-scheme: dark; } }`,
  ].join('\n');
}

/**
 * The custom theme's palette from the reader's three colours: the other roles are mixes of them, so quotations,
 * rules and muted text stay legible on any background the reader picks.
 */
export function customPalette(c: CustomColors): Palette {
  const mix = (a: string, b: string, share: number): string => `color-mix(in srgb, ${a} ${share}%, ${b})`;
  return {
    bg: c.background, fg: c.text, muted: mix(c.text, c.background, 78), accent: c.links, rule: mix(c.text, c.background, 22),
    quoteBg: mix(c.links, c.background, 16), quoteFg: c.text, speaker: c.links, flash: mix(c.links, c.background, 35),
    surface: mix(c.text, c.background, 7),
  };
}

/** Inline custom properties for the custom theme, set on the reader element (style.setProperty pairs). */
export const paletteProperties = (p: Palette): [string, string][] =>
  Object.entries(p).map(([k, v]) => [`--rl-${k.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`, v]);

// The reading settings offered as choices, as data: the popup's More panel, the reader's panel and the options
// page all draw their controls from this one list, so a setting added here appears in all three.
import {
  ALIGNS, FONTS, LETTER_SPACINGS, LINE_FOCUS, LINE_HEIGHTS, THEMES, WIDTHS, WORD_SPACINGS, type Settings,
} from './settings';

export type SettingsPatch = Partial<Omit<Settings, 'version' | 'textSize'>>;

export interface ReadingChoice {
  /** Radio-group name and test-id part: `more-<name>`, `reader-<name>-<value>`. */
  name: string;
  /** Message key of the group's label. */
  label: string;
  values: readonly (string | number)[];
  get(s: Settings): string | number;
  patch(value: string | number): SettingsPatch;
  /** Message key of a value's label, or null for a number shown as written in the UI's locale. */
  option(value: string | number): string | null;
}

const SPACING_STEPS = ['opt_spacing_0', 'opt_spacing_1', 'opt_spacing_2', 'opt_spacing_3'];
const onOff = ['on', 'off'] as const;

export const READING_CHOICES: readonly ReadingChoice[] = [
  { name: 'theme', label: 'theme', values: THEMES, get: (s) => s.theme, patch: (v) => ({ theme: v as Settings['theme'] }), option: (v) => `opt_theme_${v}` },
  { name: 'width', label: 'width', values: WIDTHS, get: (s) => s.width, patch: (v) => ({ width: v as Settings['width'] }), option: (v) => `opt_width_${v}` },
  { name: 'font', label: 'font', values: FONTS, get: (s) => s.font, patch: (v) => ({ font: v as Settings['font'] }), option: (v) => `opt_font_${v}` },
  { name: 'line', label: 'lineHeight', values: LINE_HEIGHTS, get: (s) => s.lineHeight, patch: (v) => ({ lineHeight: Number(v) }), option: () => null },
  {
    name: 'letter', label: 'letterSpacing', values: LETTER_SPACINGS, get: (s) => s.letterSpacing,
    patch: (v) => ({ letterSpacing: Number(v) }), option: (v) => SPACING_STEPS[LETTER_SPACINGS.indexOf(v as never)] ?? null,
  },
  {
    name: 'word', label: 'wordSpacing', values: WORD_SPACINGS, get: (s) => s.wordSpacing,
    patch: (v) => ({ wordSpacing: Number(v) }), option: (v) => SPACING_STEPS[WORD_SPACINGS.indexOf(v as never)] ?? null,
  },
  { name: 'align', label: 'textAlign', values: ALIGNS, get: (s) => s.align, patch: (v) => ({ align: v as Settings['align'] }), option: (v) => `opt_align_${v}` },
  { name: 'focus', label: 'lineFocus', values: LINE_FOCUS, get: (s) => s.lineFocus, patch: (v) => ({ lineFocus: Number(v) }), option: (v) => `opt_focus_${v}` },
  { name: 'progress', label: 'readingProgress', values: onOff, get: (s) => (s.progress ? 'on' : 'off'), patch: (v) => ({ progress: v === 'on' }), option: (v) => `opt_quotes_${v}` },
  { name: 'quotes', label: 'highlightQuotes', values: onOff, get: (s) => (s.highlightQuotes ? 'on' : 'off'), patch: (v) => ({ highlightQuotes: v === 'on' }), option: (v) => `opt_quotes_${v}` },
];

/** WCAG AA's minimum contrast for body text. */
export const AA_CONTRAST = 4.5;

/** WCAG 2.x contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const channel = (i: number): number => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast of the custom theme's text and links on its background, for the warning below AA. */
export function customContrast(colors: Settings['colors']): number {
  return Math.min(contrastRatio(colors.text, colors.background), contrastRatio(colors.links, colors.background));
}

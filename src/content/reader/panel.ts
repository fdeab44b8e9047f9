// The reader's settings panel: every reading choice (common/reading-choices.ts) as a row of pressed-state buttons,
// and the custom theme's three colours with a warning when they fall below WCAG AA contrast.
import { AA_CONTRAST, READING_CHOICES, customContrast, type SettingsPatch } from '../../common/reading-choices';
import type { CustomColors, Settings } from '../../common/settings';
import { el, type ReaderText } from './render';

export interface ReaderPanel {
  panel: HTMLElement;
  set(s: Settings): void;
}

const COLOR_KEYS = ['text', 'background', 'links'] as const;

function choiceRow(doc: Document, label: string, values: readonly (string | number)[], name: (v: string | number) => string, key: string, onPick: (v: string | number) => void, signal: AbortSignal) {
  const group = el(doc, 'div', 'group');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  group.append(el(doc, 'span', 'label', label));
  const buttons = values.map((value) => {
    const b = el(doc, 'button', undefined, name(value));
    b.type = 'button';
    b.dataset.testid = `reader-${key}-${value}`;
    b.addEventListener('click', () => onPick(value), { signal });
    group.append(b);
    return { b, value };
  });
  return {
    group,
    set(current: string | number) {
      for (const { b, value } of buttons) b.setAttribute('aria-pressed', String(value === current));
    },
  };
}

export function createPanel(doc: Document, text: ReaderText, update: (patch: SettingsPatch) => void, signal: AbortSignal): ReaderPanel {
  const panel = el(doc, 'div', 'panel');
  panel.id = 'rl-panel';
  panel.hidden = true;
  const numbers = new Intl.NumberFormat(text.lang);
  const rows = READING_CHOICES.map((choice) => {
    const name = (v: string | number): string => text.options[`${choice.name}.${v}`] ?? (typeof v === 'number' ? numbers.format(v) : String(v));
    const row = choiceRow(doc, text.labels[choice.label] ?? choice.label, choice.values, name, choice.name, (v) => update(choice.patch(v)), signal);
    panel.append(row.group);
    return { choice, row };
  });

  // The custom theme's colours: shown while that theme is on.
  const colors = el(doc, 'div', 'group colors');
  colors.setAttribute('role', 'group');
  colors.setAttribute('aria-label', text.customColors);
  colors.append(el(doc, 'span', 'label', text.customColors));
  let current: CustomColors | null = null;
  const inputs = COLOR_KEYS.map((key) => {
    const label = el(doc, 'label', 'color');
    const input = el(doc, 'input');
    input.type = 'color';
    input.dataset.testid = `reader-color-${key}`;
    // A colour picker fires input while dragging: store on change only, as storage.sync limits writes.
    input.addEventListener('change', () => current && update({ colors: { ...current, [key]: input.value } }), { signal });
    label.append(input, el(doc, 'span', undefined, text.colorNames[key]));
    colors.append(label);
    return { key, input };
  });
  const warning = el(doc, 'p', 'contrast-warning');
  warning.dataset.testid = 'reader-contrast-warning';
  warning.setAttribute('role', 'status');
  colors.append(warning);
  panel.insertBefore(colors, rows[1]?.row.group ?? null);

  return {
    panel,
    set(s) {
      for (const { choice, row } of rows) row.set(choice.get(s));
      current = s.colors;
      colors.hidden = s.theme !== 'custom';
      for (const { key, input } of inputs) input.value = s.colors[key];
      const ratio = customContrast(s.colors);
      warning.hidden = ratio >= AA_CONTRAST;
      warning.textContent = ratio >= AA_CONTRAST ? '' : text.lowContrast(numbers.format(Math.floor(ratio * 10) / 10));
    },
  };
}

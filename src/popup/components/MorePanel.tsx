// The compact "More" panel: every reading choice (common/reading-choices.ts) as a native radio group, the custom
// theme's colours with a contrast warning, and "always open this site".
import { AA_CONTRAST, READING_CHOICES, customContrast, type SettingsPatch } from '../../common/reading-choices';
import type { CustomColors, Settings } from '../../common/settings';
import { formatNumber, type Translate } from '../lib/format';

interface Props {
  settings: Settings;
  locale: string;
  t: Translate;
  onChange: (patch: SettingsPatch) => void;
  /** Shown on web pages only: whether this site always opens in reading mode. */
  alwaysOpen?: { on: boolean; onChange: (on: boolean) => void };
}

/** A segmented control: native radios keep arrow keys, focus and screen readers right with no extra code. */
function Choice<T extends string | number>(props: {
  name: string;
  label: string;
  values: readonly T[];
  current: T;
  text: (v: T) => string;
  onPick: (v: T) => void;
}) {
  return (
    <fieldset class="choice" data-testid={`more-${props.name}`}>
      <legend>{props.label}</legend>
      <div class="segments">
        {props.values.map((v) => (
          <label class="segment" key={String(v)}>
            <input type="radio" name={props.name} value={String(v)} checked={v === props.current} onChange={() => props.onPick(v)} />
            <span>{props.text(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const COLOR_KEYS = ['text', 'background', 'links'] as const;
const COLOR_LABELS: Record<(typeof COLOR_KEYS)[number], string> = { text: 'colorText', background: 'colorBackground', links: 'colorLinks' };

/** The custom theme's three colours; a picker stores on change (not while dragging: storage.sync limits writes). */
export function CustomColorsField({ colors, locale, t, onChange, testPrefix }: { colors: CustomColors; locale: string; t: Translate; onChange: (c: CustomColors) => void; testPrefix: string }) {
  const ratio = customContrast(colors);
  return (
    <fieldset class="choice colors" data-testid={`${testPrefix}-colors`}>
      <legend>{t('customColors')}</legend>
      <div class="color-row">
        {COLOR_KEYS.map((key) => (
          <label class="color" key={key}>
            <input type="color" value={colors[key]} data-testid={`${testPrefix}-color-${key}`} onChange={(e) => onChange({ ...colors, [key]: e.currentTarget.value })} />
            <span>{t(COLOR_LABELS[key])}</span>
          </label>
        ))}
      </div>
      {ratio < AA_CONTRAST && (
        <p class="contrast-warning" role="status" data-testid={`${testPrefix}-contrast-warning`}>
          {t('lowContrast', [formatNumber(Math.floor(ratio * 10) / 10, locale)])}
        </p>
      )}
    </fieldset>
  );
}

export function MorePanel({ settings, locale, t, onChange, alwaysOpen }: Props) {
  const optionText = (name: string, key: string | null, v: string | number): string =>
    key ? t(key) : formatNumber(Number(v), locale, name === 'line' ? { minimumFractionDigits: 1 } : {});
  return (
    <div class="more-panel" id="more-panel" data-testid="more-panel">
      {READING_CHOICES.map((choice) => [
        <Choice
          key={choice.name}
          name={choice.name}
          label={t(choice.label)}
          values={choice.values}
          current={choice.get(settings)}
          text={(v) => optionText(choice.name, choice.option(v), v)}
          onPick={(v) => onChange(choice.patch(v))}
        />,
        choice.name === 'theme' && settings.theme === 'custom' && (
          <CustomColorsField key="colors" colors={settings.colors} locale={locale} t={t} onChange={(colors) => onChange({ colors })} testPrefix="more" />
        ),
      ])}
      {alwaysOpen && (
        <label class="check always-open">
          <input type="checkbox" data-testid="always-open" checked={alwaysOpen.on} onChange={(e) => alwaysOpen.onChange(e.currentTarget.checked)} />
          <span>{t('alwaysOpenSite')}</span>
        </label>
      )}
    </div>
  );
}

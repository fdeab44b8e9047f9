// The compact "More" panel: theme, width, font, line spacing and quote highlighting, as native radio groups.
import { FONTS, LINE_HEIGHTS, THEMES, WIDTHS, type Settings } from '../../common/settings';
import { formatNumber, type Translate } from '../lib/format';

type Patch = Partial<Omit<Settings, 'version' | 'textSize'>>;

interface Props {
  settings: Settings;
  locale: string;
  t: Translate;
  onChange: (patch: Patch) => void;
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

export function MorePanel({ settings, locale, t, onChange, alwaysOpen }: Props) {
  return (
    <div class="more-panel" id="more-panel" data-testid="more-panel">
      <Choice name="theme" label={t('theme')} values={THEMES} current={settings.theme} text={(v) => t(`opt_theme_${v}`)} onPick={(theme) => onChange({ theme })} />
      <Choice name="width" label={t('width')} values={WIDTHS} current={settings.width} text={(v) => t(`opt_width_${v}`)} onPick={(width) => onChange({ width })} />
      <Choice name="font" label={t('font')} values={FONTS} current={settings.font} text={(v) => t(`opt_font_${v}`)} onPick={(font) => onChange({ font })} />
      <Choice
        name="line"
        label={t('lineHeight')}
        values={LINE_HEIGHTS}
        current={settings.lineHeight as (typeof LINE_HEIGHTS)[number]}
        text={(v) => formatNumber(v, locale, { minimumFractionDigits: 1 })}
        onPick={(lineHeight) => onChange({ lineHeight })}
      />
      <Choice
        name="quotes"
        label={t('highlightQuotes')}
        values={['on', 'off'] as const}
        current={settings.highlightQuotes ? 'on' : 'off'}
        text={(v) => t(`opt_quotes_${v}`)}
        onPick={(v) => onChange({ highlightQuotes: v === 'on' })}
      />
      {alwaysOpen && (
        <label class="check always-open">
          <input type="checkbox" data-testid="always-open" checked={alwaysOpen.on} onChange={(e) => alwaysOpen.onChange(e.currentTarget.checked)} />
          <span>{t('alwaysOpenSite')}</span>
        </label>
      )}
    </div>
  );
}

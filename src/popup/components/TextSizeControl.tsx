// Text size: A− / value / A+ / reset, a slider over the allowed steps, and the "remember for this site" check.
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, clampTextSize } from '../../common/settings';
import { formatPercent, type Translate } from '../lib/format';
import { Icon } from './Icon';

interface Props {
  size: number;
  locale: string;
  t: Translate;
  onSize: (size: number) => void;
}

/** "Remember for this site": the text size then belongs to this origin instead of every site. */
export function SiteOnlyCheck({ checked, t, onChange }: { checked: boolean; t: Translate; onChange: (on: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" data-testid="size-site-only" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {t('thisSiteOnly')}
    </label>
  );
}

export function TextSizeControl({ size, locale, t, onSize }: Props) {
  const index = Math.max(0, TEXT_SIZES.indexOf(clampTextSize(size) as (typeof TEXT_SIZES)[number]));
  const last = TEXT_SIZES.length - 1;
  const shown = formatPercent(size, locale);
  const step = (d: 1 | -1) => onSize(TEXT_SIZES[Math.min(last, Math.max(0, index + d))] ?? DEFAULT_TEXT_SIZE);
  return (
    <div class="text-size">
      <div class="row">
        <span class="row-label" id="size-label">{t('textSize')}</span>
        <div class="stepper" role="group" aria-labelledby="size-label">
          <button type="button" class="step" data-testid="size-decrease" aria-label={t('textSmaller')} title={t('withKey', [t('textSmaller'), '−'])} disabled={index <= 0} onClick={() => step(-1)}>
            <span aria-hidden="true" class="a-small">A</span>
            <span aria-hidden="true">−</span>
          </button>
          <output class="size-value" data-testid="size-value" aria-live="polite">{shown}</output>
          <button type="button" class="step" data-testid="size-increase" aria-label={t('textLarger')} title={t('withKey', [t('textLarger'), '+'])} disabled={index >= last} onClick={() => step(1)}>
            <span aria-hidden="true" class="a-large">A</span>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" class="icon-button" data-testid="size-reset" aria-label={t('textReset')} title={t('withKey', [t('textReset'), '0'])} disabled={size === DEFAULT_TEXT_SIZE} onClick={() => onSize(DEFAULT_TEXT_SIZE)}>
            <Icon name="reset" />
          </button>
        </div>
      </div>
      <input
        type="range"
        class="slider"
        data-testid="size-slider"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-label={t('textSize')}
        aria-valuetext={shown}
        onInput={(e) => onSize(TEXT_SIZES[Number(e.currentTarget.value)] ?? DEFAULT_TEXT_SIZE)}
      />
    </div>
  );
}

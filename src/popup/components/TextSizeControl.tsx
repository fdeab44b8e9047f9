// Text size: A− / value / A+ / reset, and whether this site keeps its own size.
import { DEFAULT_TEXT_SIZE, TEXT_SIZES } from '../../common/settings';

interface Props {
  size: number;
  siteOnly: boolean;
  t: (key: string) => string;
  onStep: (direction: 1 | -1) => void;
  onReset: () => void;
  onSiteOnly: (on: boolean) => void;
}

export function TextSizeControl({ size, siteOnly, t, onStep, onReset, onSiteOnly }: Props) {
  const min = TEXT_SIZES[0];
  const max = TEXT_SIZES[TEXT_SIZES.length - 1] ?? min;
  return (
    <div class="text-size">
      <div class="row">
        <span class="row-label" id="size-label">{t('textSize')}</span>
        <div class="stepper" role="group" aria-labelledby="size-label">
          <button type="button" class="step" data-testid="size-decrease" aria-label={t('textSmaller')} title={t('textSmaller')} disabled={size <= min} onClick={() => onStep(-1)}>
            <span aria-hidden="true" class="a-small">A</span>−
          </button>
          <output class="size-value" data-testid="size-value" aria-live="polite">{size}%</output>
          <button type="button" class="step" data-testid="size-increase" aria-label={t('textLarger')} title={t('textLarger')} disabled={size >= max} onClick={() => onStep(1)}>
            <span aria-hidden="true" class="a-large">A</span>+
          </button>
          <button type="button" class="reset" data-testid="size-reset" title={t('textReset')} aria-label={t('textReset')} disabled={size === DEFAULT_TEXT_SIZE} onClick={onReset}>
            {t('textReset_short')}
          </button>
        </div>
      </div>
      <label class="check">
        <input type="checkbox" data-testid="size-site-only" checked={siteOnly} onChange={(e) => onSiteOnly(e.currentTarget.checked)} />
        {t('thisSiteOnly')}
      </label>
    </div>
  );
}

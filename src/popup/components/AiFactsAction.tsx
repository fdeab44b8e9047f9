// The Key facts section's on-device AI row: the opt-in action, download progress, "thinking", cancel, and what the AI added.
import type { AiFactsState } from '../ai/use-ai-facts';
import { aiFactCount } from '../ai/facts-merge';
import { formatNumber, formatPercent, type Translate } from '../lib/format';
import { Icon } from './Icon';

interface Props {
  state: AiFactsState;
  locale: string;
  t: Translate;
  onRun: () => void;
  onCancel: () => void;
}

export function AiFactsAction({ state, locale, t, onRun, onCancel }: Props) {
  switch (state.phase) {
    case 'hidden':
      return null;
    case 'offer':
      return (
        <div class="ai-offer" data-testid="ai-facts">
          <button type="button" class="ghost" data-testid="ai-facts-find" onClick={onRun}>
            <Icon name="sparkle" />
            {t('aiFactsFind')}
          </button>
          {state.availability !== 'available' && <span class="hint">{t('aiDownloadHint')}</span>}
        </div>
      );
    case 'downloading':
      return (
        <div class="ai-progress" data-testid="ai-facts" data-phase="downloading">
          <label>
            <span data-testid="ai-facts-progress">{t('aiDownloading', [formatPercent(Math.round(state.fraction * 100), locale)])}</span>
            <progress max={1} value={state.fraction} />
          </label>
          <button type="button" class="ghost small" data-testid="ai-facts-cancel" onClick={onCancel}><Icon name="stop" />{t('cancel')}</button>
        </div>
      );
    case 'thinking':
      return (
        <div class="ai-progress" data-testid="ai-facts" data-phase="thinking" aria-live="polite">
          <span class="hint">{t('aiFactsThinking')}</span>
          <button type="button" class="ghost small" data-testid="ai-facts-cancel" onClick={onCancel}><Icon name="stop" />{t('cancel')}</button>
        </div>
      );
    case 'done': {
      const count = aiFactCount(state.added);
      return (
        <p class="source-note" data-testid="ai-facts" data-phase="done" aria-live="polite">
          {count ? (
            <>
              <Icon name="sparkle" size={12} />
              {t('aiFactsAdded', [formatNumber(count, locale)])}
            </>
          ) : (
            t('aiFactsNone')
          )}
        </p>
      );
    }
  }
}

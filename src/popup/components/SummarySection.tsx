// The summary: Readlens's extracted sentences or the on-device AI's checked ones, labelled, with copy and the AI action.
import type { AiState } from '../ai/use-ai-summary';
import { formatPercent, type Translate } from '../lib/format';
import { shownSummary, type SummarySource } from '../lib/shown-digest';
import { CopyButton } from './CopyButton';
import { Icon } from './Icon';

interface Props {
  readlens: readonly string[];
  ai: AiState;
  source: SummarySource;
  lang: string;
  locale: string;
  t: Translate;
  onSource: (source: SummarySource) => void;
  onRunAi: () => void;
  onCancelAi: () => void;
  onCopy: (text: string) => Promise<void>;
}

export function SummarySection({ readlens, ai, source, lang, locale, t, onSource, onRunAi, onCancelAi, onCopy }: Props) {
  const aiDone = ai.phase === 'done';
  const { lines: showing, source: shownSource } = shownSummary(readlens, ai, source);
  return (
    <section class="section" aria-labelledby="summary-title" data-testid="summary">
      <div class="section-head">
        <h2 id="summary-title"><Icon name="summary" />{t('summaryTitle')}</h2>
        <CopyButton label={t('copySummary')} doneLabel={t('copied')} testid="copy-summary" text={() => showing.join('\n')} onCopy={onCopy} />
      </div>
      {aiDone ? (
        <div class="source-switch" role="radiogroup" aria-label={t('summarySourceLabel')}>
          {(['readlens', 'ai'] as const).map((s) => (
            <label class="segment" key={s}>
              <input type="radio" name="summary-source" checked={source === s} onChange={() => onSource(s)} data-testid={`source-${s}`} />
              <span>{t(s === 'ai' ? 'sourceAi' : 'sourceReadlens')}</span>
            </label>
          ))}
        </div>
      ) : null}
      <p class="source-note" data-testid="summary-source" data-source={shownSource}>
        {t(shownSource === 'ai' ? 'summaryByAi' : 'summaryByReadlens')}
      </p>
      {ai.phase === 'streaming' ? (
        <p class="ai-stream" lang={lang} aria-live="polite" data-testid="ai-stream">
          {ai.text}
          <span class="cursor" aria-hidden="true" />
        </p>
      ) : showing.length ? (
        <ul class="summary" lang={lang}>
          {showing.map((s, i) => (
            <li key={i} data-testid="summary-sentence">{s}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('noSummary')}</p>
      )}
      {ai.phase === 'offer' && (
        <div class="ai-offer">
          <button type="button" class="ghost" data-testid="ai-summarize" onClick={onRunAi}>
            <Icon name="sparkle" />
            {t('aiSummarize')}
          </button>
          {ai.availability !== 'available' && <span class="hint">{t('aiDownloadHint')}</span>}
        </div>
      )}
      {ai.phase === 'downloading' && (
        <div class="ai-progress" data-testid="ai-progress">
          <label>
            <span>{t('aiDownloading', [formatPercent(Math.round(ai.fraction * 100), locale)])}</span>
            <progress max={1} value={ai.fraction} />
          </label>
          <button type="button" class="ghost small" data-testid="ai-cancel" onClick={onCancelAi}><Icon name="stop" />{t('cancel')}</button>
        </div>
      )}
      {ai.phase === 'streaming' && (
        <div class="ai-progress">
          <span class="hint">{t('aiWriting')}</span>
          <button type="button" class="ghost small" data-testid="ai-cancel" onClick={onCancelAi}><Icon name="stop" />{t('cancel')}</button>
        </div>
      )}
    </section>
  );
}

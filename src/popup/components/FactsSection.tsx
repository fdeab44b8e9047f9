// Key facts grouped by kind; each fact is a button that opens the reader at the sentence it came from, with "listen from
// here" beside it; on-device AI may add more, marked.
import { useState } from 'preact/hooks';
import type { RevealTarget } from '../../common/messages';
import type { MergedFactGroup } from '../ai/facts-merge';
import type { AiFactsControl } from '../ai/use-ai-facts';
import type { FactKind } from '../lib/digest-view';
import { formatNumber, type Translate } from '../lib/format';
import { AiFactsAction } from './AiFactsAction';
import { Icon, type IconName } from './Icon';
import { ListenFrom } from './ListenToggle';

const ICONS: Record<FactKind, IconName> = { people: 'person', places: 'place', organisations: 'organisation', dates: 'date', figures: 'figure' };
/** Short names read well as chips; facts with a second line (roles, counts, the article's words) read better as rows. */
const CHIP_KINDS: ReadonlySet<FactKind> = new Set(['places', 'organisations']);
/** Facts shown per group before "show more": the engine ranks by salience, so the first ones matter most. */
const FIRST_FACTS = 6;

interface Props {
  /** The groups to show: Readlens's facts first, as they were; the AI's checked additions after them, marked `byAi` (useShownFacts). */
  groups: readonly MergedFactGroup[];
  lang: string;
  locale: string;
  t: Translate;
  onReveal: (target: RevealTarget) => void;
  onListen: (target: RevealTarget) => void;
  /** The on-device AI facts action (opt-in). Left out, or hidden where the model lacks the article's language, nothing AI is shown. */
  ai?: AiFactsControl;
}

export function FactsSection({ groups: shown, lang, locale, t, onReveal, onListen, ai }: Props) {
  const [open, setOpen] = useState<ReadonlySet<FactKind>>(new Set());
  return (
    <section class="section" aria-labelledby="facts-title" data-testid="facts">
      <div class="section-head">
        <h2 id="facts-title"><Icon name="figure" />{t('factsTitle')}</h2>
      </div>
      {shown.length === 0 && <p class="empty">{t('noFacts')}</p>}
      {shown.map((group) => {
        const own = group.items.filter((f) => !f.byAi);
        // The AI's additions stay in view: the reader asked for them; "show more" only folds Readlens's long tail.
        const visible = open.has(group.kind) ? group.items : [...own.slice(0, FIRST_FACTS), ...group.items.filter((f) => f.byAi)];
        return (
          <div class="fact-group" key={group.kind} data-testid={`facts-${group.kind}`} role="group" aria-labelledby={`facts-${group.kind}-title`}>
            <h3 id={`facts-${group.kind}-title`}>
              <Icon name={ICONS[group.kind]} />
              {t(`facts_${group.kind}`)}
            </h3>
            <ul class={CHIP_KINDS.has(group.kind) ? 'chips' : 'fact-rows'} data-kind={group.kind}>
              {visible.map((f, i) => (
                <li key={i}>
                  <button
                    type="button"
                    class={CHIP_KINDS.has(group.kind) ? 'chip' : 'fact'}
                    data-testid="fact"
                    data-kind={group.kind}
                    data-source={f.byAi ? 'ai' : 'readlens'}
                    title={f.byAi ? `${t('jumpToSentence')} · ${t('aiFactBadge')}` : t('jumpToSentence')}
                    onClick={() => onReveal(f.target)}
                  >
                    <span class="fact-label" data-testid="fact-label" lang={group.kind === 'dates' || group.kind === 'figures' ? undefined : lang}>
                      {f.byAi && <Icon name="sparkle" size={12} />}
                      {f.label}
                    </span>
                    {f.detail && <span class="fact-detail" data-testid="fact-detail" lang={lang}>{f.detail}</span>}
                    {f.byAi && <span class="visually-hidden" data-testid="fact-ai-badge">{t('aiFactBadge')}</span>}
                  </button>
                  <ListenFrom label={t('listenFromHere')} what={f.label} onListen={() => onListen(f.target)} />
                </li>
              ))}
            </ul>
            {own.length > FIRST_FACTS && !open.has(group.kind) && (
              <button type="button" class="more-link" data-testid="facts-more" onClick={() => setOpen(new Set([...open, group.kind]))}>
                {t('showMore', [formatNumber(own.length - FIRST_FACTS, locale)])}
              </button>
            )}
          </div>
        );
      })}
      {ai && <AiFactsAction state={ai.state} locale={locale} t={t} onRun={ai.run} onCancel={ai.cancel} />}
    </section>
  );
}

// Key facts grouped by kind; each fact is a button that opens the reader at the sentence it came from.
import { useState } from 'preact/hooks';
import type { RevealTarget } from '../../common/messages';
import type { FactGroup, FactKind } from '../lib/digest-view';
import { formatNumber, type Translate } from '../lib/format';
import { Icon, type IconName } from './Icon';

const ICONS: Record<FactKind, IconName> = { people: 'person', places: 'place', organisations: 'organisation', dates: 'date', figures: 'figure' };
/** Short names read well as chips; facts with a second line (roles, counts, the article's words) read better as rows. */
const CHIP_KINDS: ReadonlySet<FactKind> = new Set(['places', 'organisations']);
/** Facts shown per group before "show more": the engine ranks by salience, so the first ones matter most. */
const FIRST_FACTS = 6;

interface Props {
  groups: readonly FactGroup[];
  lang: string;
  locale: string;
  t: Translate;
  onReveal: (target: RevealTarget) => void;
}

export function FactsSection({ groups, lang, locale, t, onReveal }: Props) {
  const [open, setOpen] = useState<ReadonlySet<FactKind>>(new Set());
  return (
    <section class="section" aria-labelledby="facts-title" data-testid="facts">
      <div class="section-head">
        <h2 id="facts-title"><Icon name="figure" />{t('factsTitle')}</h2>
      </div>
      {groups.length === 0 && <p class="empty">{t('noFacts')}</p>}
      {groups.map((group) => (
        <div class="fact-group" key={group.kind} data-testid={`facts-${group.kind}`} role="group" aria-labelledby={`facts-${group.kind}-title`}>
          <h3 id={`facts-${group.kind}-title`}>
            <Icon name={ICONS[group.kind]} />
            {t(`facts_${group.kind}`)}
          </h3>
          <ul class={CHIP_KINDS.has(group.kind) ? 'chips' : 'fact-rows'} data-kind={group.kind}>
            {(open.has(group.kind) ? group.items : group.items.slice(0, FIRST_FACTS)).map((f, i) => (
              <li key={i}>
                <button
                  type="button"
                  class={CHIP_KINDS.has(group.kind) ? 'chip' : 'fact'}
                  data-testid="fact"
                  data-kind={group.kind}
                  title={t('jumpToSentence')}
                  onClick={() => onReveal(f.target)}
                >
                  <span class="fact-label" data-testid="fact-label" lang={group.kind === 'dates' || group.kind === 'figures' ? undefined : lang}>{f.label}</span>
                  {f.detail && <span class="fact-detail" data-testid="fact-detail" lang={lang}>{f.detail}</span>}
                </button>
              </li>
            ))}
          </ul>
          {group.items.length > FIRST_FACTS && !open.has(group.kind) && (
            <button type="button" class="more-link" data-testid="facts-more" onClick={() => setOpen(new Set([...open, group.kind]))}>
              {t('showMore', [formatNumber(group.items.length - FIRST_FACTS, locale)])}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}

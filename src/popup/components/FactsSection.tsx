// Key facts grouped by kind; each fact is a button that opens the reader at the sentence it came from.
import type { RevealTarget } from '../../common/messages';
import type { FactGroup, FactKind } from '../lib/digest-view';
import type { Translate } from '../lib/format';
import { Icon, type IconName } from './Icon';

const ICONS: Record<FactKind, IconName> = { people: 'person', places: 'place', organisations: 'organisation', dates: 'date', figures: 'figure' };
/** Short names read well as chips; facts with a second line (roles, counts, the article's words) read better as rows. */
const CHIP_KINDS: ReadonlySet<FactKind> = new Set(['places', 'organisations']);

interface Props {
  groups: readonly FactGroup[];
  lang: string;
  t: Translate;
  onReveal: (target: RevealTarget) => void;
}

export function FactsSection({ groups, lang, t, onReveal }: Props) {
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
            {group.items.map((f, i) => (
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
        </div>
      ))}
    </section>
  );
}

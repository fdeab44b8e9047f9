// Quotations grouped by speaker, with the count in the header; each opens the reader at that quotation.
import type { RevealTarget } from '../../common/messages';
import type { SpeakerGroup } from '../lib/digest-view';
import { formatNumber, type Translate } from '../lib/format';
import { Icon } from './Icon';
import { ListenFrom } from './ListenToggle';

interface Props {
  groups: readonly SpeakerGroup[];
  total: number;
  lang: string;
  locale: string;
  t: Translate;
  onReveal: (target: RevealTarget) => void;
  onListen: (target: RevealTarget) => void;
}

export function QuotesSection({ groups, total, lang, locale, t, onReveal, onListen }: Props) {
  return (
    <section class="section" aria-labelledby="quotes-title" data-testid="quotes">
      <div class="section-head">
        <h2 id="quotes-title">
          <Icon name="quote" />
          {t('quotesTitle')}
          <span class="count" data-testid="quotes-count">{formatNumber(total, locale)}</span>
        </h2>
      </div>
      {total === 0 && <p class="empty">{t('noQuotes')}</p>}
      {groups.map((g) => (
        <div class="speaker" key={g.speaker ?? ''} data-testid="speaker-group" data-speaker={g.speaker ?? ''} role="group" aria-label={g.speaker ?? t('unattributed')}>
          <div class="speaker-head">
            <span class="avatar" aria-hidden="true">{initials(g.speaker)}</span>
            <span class="speaker-text">
              <span class="speaker-name" data-testid="speaker-name" lang={g.speaker ? lang : undefined}>{g.speaker ?? t('unattributed')}</span>
              {g.role && <span class="speaker-role" data-testid="speaker-role" lang={lang}>{g.role}</span>}
            </span>
            <span class="count small" aria-label={t('quoteCount', [formatNumber(g.quotes.length, locale)])}>{formatNumber(g.quotes.length, locale)}</span>
          </div>
          <ul class="quote-list">
            {g.quotes.map((q) => (
              <li key={q.index}>
                <button type="button" class="quote" data-testid="quote" data-quote-index={q.index} title={t('jumpToQuote')} lang={lang} onClick={() => onReveal({ kind: 'quote', index: q.index })}>
                  {q.text}
                </button>
                <ListenFrom label={t('listenFromHere')} what={q.text} onListen={() => onListen({ kind: 'quote', index: q.index })} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Up to two initials for the speaker's badge ("Jean-Yves Le Drian" → "JD"); "?" when unknown. */
export function initials(name: string | null): string {
  if (!name) return '?';
  // An unnamed source shown as the text names it ("a coastguard spokesperson"): the initial of the word after its article.
  if (/^\p{Ll}/u.test(name)) return (name.split(/\s+/)[1] ?? name).charAt(0).toUpperCase();
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length >= 2 ? [words[0], words[words.length - 1]] : [words[0] ?? name];
  return picked.map((w) => (w ?? '').charAt(0)).join('').toUpperCase();
}

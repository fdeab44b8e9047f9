// Placeholder for the digest while the page is read: same outline as the sections, and a progress note that never looks frozen.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../lib/format';

/** After these many ms the note says the article is long; after the second, that it is still working. */
const LONG_AFTER_MS = 1500;
const VERY_LONG_AFTER_MS = 6000;

export function DigestSkeleton({ t }: { t: Translate }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), 250);
    return () => clearInterval(timer);
  }, []);
  const note = elapsed >= VERY_LONG_AFTER_MS ? t('stillReading') : elapsed >= LONG_AFTER_MS ? t('readingLongArticle') : t('popupLoading');
  return (
    <div class="skeleton" aria-busy="true" data-testid="digest-skeleton">
      <div class="progress-note" role="status">
        <span class="spinner" aria-hidden="true" />
        <span data-testid="progress-note">{note}</span>
      </div>
      <div class="progress-bar" role="progressbar" aria-label={note}><span /></div>
      <div class="skel-block" aria-hidden="true">
        <span class="skel skel-h" />
        <span class="skel skel-line" />
        <span class="skel skel-line" />
        <span class="skel skel-line short" />
      </div>
      <div class="skel-block" aria-hidden="true">
        <span class="skel skel-h" />
        <span class="skel skel-chip" />
        <span class="skel skel-chip" />
        <span class="skel skel-chip" />
        <span class="skel skel-line short" />
      </div>
      <div class="skel-block" aria-hidden="true">
        <span class="skel skel-h" />
        <span class="skel skel-line" />
        <span class="skel skel-line short" />
      </div>
    </div>
  );
}

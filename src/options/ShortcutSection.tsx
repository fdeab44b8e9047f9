// The options page's keyboard-shortcut section: the shortcut the browser has now (the user may have changed it or
// another extension may hold it) and a way to the browser's own page for changing it.
import { useEffect, useState } from 'preact/hooks';

export interface ShortcutAccess {
  /** The toggle command's current shortcut, '' when it has none. */
  current(): Promise<string>;
  /** Opens the browser's shortcut settings; absent where the browser offers no way to open them. */
  openSettings?: () => void;
}

export function ShortcutSection({ access, t }: { access: ShortcutAccess; t: (key: string) => string }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => void access.current().then((s) => live && setShortcut(s), () => live && setShortcut(''));
    refresh();
    // Coming back from the browser's shortcut page: show what was picked there.
    window.addEventListener('focus', refresh);
    return () => {
      live = false;
      window.removeEventListener('focus', refresh);
    };
  }, [access]);

  return (
    <section aria-labelledby="shortcut-h">
      <h2 id="shortcut-h">{t('optionsShortcut')}</h2>
      <p class="row">
        <span>{t('optionsShortcutToggle')}</span>
        {shortcut !== null && (shortcut ? <kbd data-testid="opt-shortcut">{shortcut}</kbd> : <span class="empty" data-testid="opt-shortcut">{t('optionsShortcutNone')}</span>)}
        {access.openSettings && (
          <button type="button" onClick={access.openSettings} data-testid="opt-shortcut-change">
            {t('optionsShortcutChange')}
          </button>
        )}
      </p>
    </section>
  );
}

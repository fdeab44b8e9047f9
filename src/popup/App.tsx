// The popup: prepares the active tab, then shows the page header and the reading controls (or why it can't).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageInfo, UnsupportedReason } from '../common/messages';
import { DEFAULT_TEXT_SIZE, stepTextSize, type EffectiveSettings } from '../common/settings';
import type { PopupConnector } from './connector';
import { PageHeader } from './components/PageHeader';
import { ReadingToggle } from './components/ReadingToggle';
import { StateMessage } from './components/StateMessage';
import { TextSizeControl } from './components/TextSizeControl';

type View =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number; page: PageInfo; reading: boolean }
  | { state: 'unsupported'; reason: UnsupportedReason }
  | { state: 'error'; message: string };

export function App({ connector }: { connector: PopupConnector }) {
  const { t } = connector;
  const [view, setView] = useState<View>({ state: 'loading' });
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [busy, setBusy] = useState(false);
  const [noArticle, setNoArticle] = useState(false);

  const load = useCallback(async () => {
    setView({ state: 'loading' });
    try {
      const tabId = await connector.activeTabId();
      if (tabId === null) return setView({ state: 'unsupported', reason: 'no-tab' });
      const result = await connector.prepare(tabId);
      if (result.state === 'unsupported') return setView({ state: 'unsupported', reason: result.reason });
      setView({ state: 'ready', tabId: result.tabId, page: result.page, reading: result.reading });
    } catch (error) {
      setView({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [connector]);

  useEffect(() => {
    void load();
    connector.shortcut().then(setShortcut, () => setShortcut(''));
  }, [load, connector]);

  const pageUrl = view.state === 'ready' ? view.page.url : undefined;
  useEffect(() => {
    if (pageUrl === undefined) return undefined;
    void connector.settings.load(pageUrl).then(setSettings);
    return connector.settings.watch(pageUrl, setSettings);
  }, [connector, pageUrl]);

  if (view.state === 'loading') {
    return (
      <main class="popup" data-testid="popup" data-state="loading" aria-busy="true">
        <p class="loading">{t('popupLoading')}</p>
      </main>
    );
  }
  if (view.state === 'unsupported') {
    return (
      <main class="popup" data-testid="popup" data-state="unsupported">
        <StateMessage title={t('unsupportedTitle')} message={t(`unsupported_${view.reason.replace(/-/g, '_')}`)} />
      </main>
    );
  }
  if (view.state === 'error') {
    return (
      <main class="popup" data-testid="popup" data-state="error">
        <StateMessage title={t('errorTitle')} message={view.message} action={{ label: t('retry'), run: () => void load() }} />
      </main>
    );
  }

  const toggle = async (on: boolean) => {
    setBusy(true);
    try {
      const reply = await connector.setReading(view.tabId, on);
      setNoArticle(reply.reason === 'no-article');
      setView({ ...view, reading: reply.open });
    } finally {
      setBusy(false);
    }
  };
  const setSize = (size: number) => void connector.settings.setTextSize(view.page.url, size).then(setSettings);

  return (
    <main class="popup" data-testid="popup" data-state="ready" lang={connector.uiLanguage()}>
      <PageHeader page={view.page} t={t} />
      {noArticle ? (
        <p class="notice" role="alert" data-testid="no-article">{t('noArticle')}</p>
      ) : (
        !view.page.isArticle && !view.reading && <p class="notice" data-testid="not-article">{t('notArticle')}</p>
      )}
      <section class="controls">
        <ReadingToggle on={view.reading} busy={busy} label={t('readingMode')} hint={shortcut ? t('readingModeHint', [shortcut]) : ''} onChange={(on) => void toggle(on)} />
        {settings && (
          <TextSizeControl
            size={settings.textSize}
            siteOnly={settings.siteOverride}
            t={t}
            onStep={(dir) => setSize(stepTextSize(settings.textSize, dir))}
            onReset={() => setSize(DEFAULT_TEXT_SIZE)}
            onSiteOnly={(on) => void connector.settings.setSiteOverride(view.page.url, on).then(setSettings)}
          />
        )}
      </section>
    </main>
  );
}

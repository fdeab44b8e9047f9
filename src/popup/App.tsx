// The popup: an instant frame (header + controls) from the tab, then the page's answer, then the digest, with every state explained.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RevealTarget } from '../common/messages';
import { DEFAULT_TEXT_SIZE, siteKeyFor, stepTextSize, type EffectiveSettings, type Settings } from '../common/settings';
import type { PopupConnector } from './connector';
import { loadPopup, type Phase } from './lib/load';
import { DigestSkeleton } from './components/Skeleton';
import { DigestView } from './components/DigestView';
import { Icon } from './components/Icon';
import { MorePanel } from './components/MorePanel';
import { PageHeader } from './components/PageHeader';
import { ListenToggle } from './components/ListenToggle';
import { ReadingToggle } from './components/ReadingToggle';
import { StateMessage } from './components/StateMessage';
import { SiteOnlyCheck, TextSizeControl } from './components/TextSizeControl';

type Notice = 'no-article' | 'reveal-failed' | null;

/** Keys the popup answers like the reader does (shown in the buttons' tooltips). */
const SIZE_KEYS: Readonly<Record<string, 1 | -1 | 0>> = { '+': 1, '=': 1, '-': -1, '−': -1, _: -1, '0': 0 };

export function App({ connector }: { connector: PopupConnector }) {
  const { t } = connector;
  const locale = connector.uiLanguage();
  const [phase, setPhase] = useState<Phase>({ state: 'loading', preview: null });
  const [reading, setReading] = useState<boolean | null>(null);
  const [listening, setListening] = useState<boolean | null>(null);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [busy, setBusy] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [alwaysOpen, setAlwaysOpen] = useState<boolean | null>(null);
  const run = useRef(0);
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  const load = useCallback(() => {
    const id = ++run.current;
    setPhase({ state: 'loading', preview: null });
    setReading(null);
    setNotice(null);
    void loadPopup(connector, setPhase, () => run.current === id);
  }, [connector]);

  useEffect(() => {
    load();
    connector.shortcut().then(setShortcut, () => setShortcut(''));
  }, [load, connector]);

  // Settings need only the URL, which the tab gives at once: the controls do not wait for the page.
  const url = phase.state === 'ready' ? phase.page.url : phase.state === 'loading' ? phase.preview?.url : undefined;
  useEffect(() => {
    if (url === undefined) return undefined;
    let live = true;
    void connector.settings.load(url).then((s) => live && setSettings(s));
    const stop = connector.settings.watch(url, setSettings);
    return () => {
      live = false;
      stop();
    };
  }, [connector, url]);

  useEffect(() => {
    if (url === undefined || siteKeyFor(url) === null) return undefined;
    let live = true;
    connector.alwaysOpen.isOn(url).then((on) => live && setAlwaysOpen(on), () => undefined);
    return () => {
      live = false;
    };
  }, [connector, url]);
  const changeAlwaysOpen = (on: boolean) => {
    if (url === undefined) return;
    // No state update before the call: the permission prompt needs this click's gesture.
    connector.alwaysOpen.set(url, on).then(setAlwaysOpen, () => setAlwaysOpen(false));
  };

  /** Settings writes go one after another, so fast slider moves cannot land out of order. */
  const persist = (write: () => Promise<EffectiveSettings | Settings | void>) => {
    writes.current = writes.current.then(write).catch(() => undefined);
  };
  const setSize = (size: number) => {
    if (!settings || url === undefined) return;
    setSettings({ ...settings, textSize: size });
    persist(() => connector.settings.setTextSize(url, size));
  };
  const setSiteOnly = (on: boolean) => {
    if (!settings || url === undefined) return;
    setSettings({ ...settings, siteOverride: on });
    persist(() => connector.settings.setSiteOverride(url, on));
  };
  const updateSettings = (patch: Partial<Omit<Settings, 'version' | 'textSize'>>) => {
    if (!settings) return;
    setSettings({ ...settings, ...patch });
    persist(() => connector.settings.update(patch));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (event.ctrlKey || event.metaKey || event.altKey || !settings) return;
    if (target && (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range')) return;
    const dir = SIZE_KEYS[event.key];
    if (dir === undefined) return;
    event.preventDefault();
    setSize(dir === 0 ? DEFAULT_TEXT_SIZE : stepTextSize(settings.textSize, dir));
  };

  if (phase.state === 'unsupported') {
    return (
      <main class="popup" data-testid="popup" data-state="unsupported">
        <p class="brand"><img src="/icons/icon-32.png" alt="" width={16} height={16} />Readlens</p>
        <StateMessage title={t('unsupportedTitle')} message={t(`unsupported_${phase.reason.replace(/-/g, '_')}`)} />
      </main>
    );
  }
  if (phase.state === 'error') {
    return (
      <main class="popup" data-testid="popup" data-state="error">
        <p class="brand"><img src="/icons/icon-32.png" alt="" width={16} height={16} />Readlens</p>
        <StateMessage title={t('errorTitle')} message={t('errorMessage')} detail={phase.message} action={{ label: t('retry'), run: load }} />
      </main>
    );
  }

  const ready = phase.state === 'ready' ? phase : null;
  const isReading = reading ?? ready?.reading ?? false;
  const digest = ready?.digest;
  const article = digest?.state === 'ready' ? digest.article : null;

  const toggle = async (on: boolean) => {
    if (!ready) return;
    setBusy(true);
    try {
      const reply = await connector.setReading(ready.tabId, on);
      setNotice(reply.reason === 'no-article' ? 'no-article' : null);
      setReading(reply.open);
      if (!reply.open) setListening(false);
    } catch {
      setNotice('reveal-failed');
    } finally {
      setBusy(false);
    }
  };
  const isListening = listening ?? ready?.listening ?? false;
  /** Read aloud on or off, or from a sentence: the reader opens first when needed. */
  const listen = async (on: boolean, at?: RevealTarget) => {
    if (!ready) return;
    try {
      const reply = await connector.listen(ready.tabId, on, at);
      setReading(reply.open);
      setListening(reply.listening === true);
      setNotice(!on || reply.open ? null : reply.reason === 'no-article' ? 'no-article' : 'reveal-failed');
    } catch {
      setNotice('reveal-failed');
    }
  };
  const reveal = async (target: RevealTarget) => {
    if (!ready) return;
    try {
      const reply = await connector.reveal(ready.tabId, target);
      setReading(reply.open);
      setNotice(reply.open ? null : reply.reason === 'no-article' ? 'no-article' : 'reveal-failed');
    } catch {
      setNotice('reveal-failed');
    }
  };

  const notArticle = ready !== null && !ready.page.isArticle && !isReading;
  return (
    <main class="popup" data-testid="popup" data-state={ready ? 'ready' : 'loading'} aria-busy={ready ? 'false' : 'true'} onKeyDown={onKeyDown}>
      <PageHeader page={ready?.page ?? null} preview={phase.state === 'loading' ? phase.preview : null} published={article?.published} locale={locale} t={t} />

      <section class="controls" aria-label={t('readerSettings')}>
        <ReadingToggle
          on={isReading}
          busy={busy || !ready}
          label={t('readingMode')}
          shortcut={shortcut}
          hint={shortcut ? t('readingModeHint', [shortcut]) : ''}
          onChange={(on) => void toggle(on)}
        />
        <ListenToggle on={isListening} busy={busy || !ready} label={t('listen')} onChange={(on) => void listen(on)} />
        {settings ? (
          <TextSizeControl size={settings.textSize} locale={locale} t={t} onSize={setSize} />
        ) : (
          <div class="text-size placeholder" aria-hidden="true" />
        )}
        <div class="controls-foot">
          {settings && url !== undefined && siteKeyFor(url) !== null ? <SiteOnlyCheck checked={settings.siteOverride} t={t} onChange={setSiteOnly} /> : <span />}
          <button
            type="button"
            class="more-toggle"
            data-testid="more-toggle"
            aria-expanded={moreOpen ? 'true' : 'false'}
            aria-controls="more-panel"
            title={t('moreSettings')}
            disabled={!settings}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            <Icon name="sliders" />
            <span>{t('moreShort')}</span>
            <span class="chevron" aria-hidden="true"><Icon name="chevron" /></span>
          </button>
        </div>
        {moreOpen && settings && (
          <MorePanel
            settings={settings}
            locale={locale}
            t={t}
            onChange={updateSettings}
            alwaysOpen={alwaysOpen === null ? undefined : { on: alwaysOpen, onChange: changeAlwaysOpen }}
          />
        )}
      </section>

      {notice && (
        <p class="notice warn" role="alert" data-testid={notice === 'no-article' ? 'no-article' : 'reveal-failed'}>
          {t(notice === 'no-article' ? 'noArticle' : 'revealFailed')}
        </p>
      )}

      {notArticle && (
        <div class="notice" data-testid="not-article">
          <p>{t('notArticle')}</p>
          <button type="button" class="ghost" data-testid="open-anyway" disabled={busy} onClick={() => void toggle(true)}>
            <Icon name="book" />
            {t('openAnyway')}
          </button>
        </div>
      )}

      {!notArticle && (
        <>
          {(!digest || digest.state === 'loading') && <DigestSkeleton t={t} />}
          {digest?.state === 'no-article' && !notice && (
            <p class="notice" data-testid="digest" data-state="no-article">{t('noArticle')}</p>
          )}
          {digest?.state === 'error' && (
            <div class="digest-error" data-testid="digest" data-state="error">
              <StateMessage title={t('analysisErrorTitle')} message={t('analysisError')} detail={digest.message} action={{ label: t('retry'), run: load, testid: 'digest-retry' }} />
            </div>
          )}
          {digest?.state === 'ready' && (
            <DigestView
              article={digest.article}
              digest={digest.digest}
              summarizer={connector.summarizer}
              factFinder={connector.factFinder}
              locale={locale}
              t={t}
              onReveal={(target) => void reveal(target)}
              onListen={(target) => void listen(true, target)}
              onCopy={connector.copy}
            />
          )}
        </>
      )}
    </main>
  );
}

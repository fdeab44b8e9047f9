// The popup's one door to the extension: everything it needs from the browser goes through this interface.
import browser from 'webextension-polyfill';
import { toggleShortcut } from '../common/commands';
import type { DigestReply, PopupRequest, PrepareResult, ReaderReply, Replies, RevealTarget, ToContent } from '../common/messages';
import { browserSettings } from '../common/browser-settings';
import { originOf, originPattern, type SettingsStore } from '../common/settings';
import { builtInFactFinder, type OnDeviceFactFinder } from './ai/prompt-facts';
import { builtInSummarizer, type OnDeviceSummarizer } from './ai/summarizer';
import { uiLocale } from '../common/ui-locale';

/** What the browser says about the active tab before the content script answers: enough for the instant header. */
export interface TabPreview {
  id: number;
  title: string;
  url: string;
}

export interface PopupConnector {
  activeTab(): Promise<TabPreview | null>;
  prepare(tabId: number): Promise<PrepareResult>;
  /** Asked straight from the tab's content script (top frame), once prepare said ready: it holds the cached digest. */
  digest(tabId: number): Promise<DigestReply>;
  setReading(tabId: number, on: boolean): Promise<ReaderReply>;
  reveal(tabId: number, target: RevealTarget): Promise<ReaderReply>;
  /** Read aloud on or off, or from a quotation's or fact's sentence (`at`). */
  listen(tabId: number, on: boolean, at?: RevealTarget): Promise<ReaderReply>;
  shortcut(): Promise<string>;
  copy(text: string): Promise<void>;
  settings: SettingsStore;
  /** "Always open this site in reading mode": on asks for the site's host permission first (needs the click's gesture). */
  alwaysOpen: {
    isOn(url: string): Promise<boolean>;
    set(url: string, on: boolean): Promise<boolean>;
  };
  /** Chrome's built-in Summarizer where the browser has one. */
  summarizer: OnDeviceSummarizer | null;
  /** Chrome's built-in Prompt API (LanguageModel) where the browser has one, for on-device AI facts. */
  factFinder?: OnDeviceFactFinder | null;
  t(key: string, substitutions?: string[]): string;
  uiLanguage(): string;
}

async function request<M extends PopupRequest>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}

async function askContent<M extends ToContent>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Replies[M['type']];
}

/** The auto-open list and its host permissions move together: a site is listed only while access is granted. */
function alwaysOpenFor(settings: SettingsStore): PopupConnector['alwaysOpen'] {
  return {
    async isOn(url) {
      const origin = originOf(url);
      if (!origin || !(await settings.autoOpenSites()).includes(origin)) return false;
      return browser.permissions.contains({ origins: [originPattern(origin)] });
    },
    async set(url, on) {
      const origin = originOf(url);
      if (!origin) return false;
      const origins = [originPattern(origin)];
      if (on) {
        // Called first, with no await before it: the browser only shows the prompt inside the click's gesture.
        const granted = await browser.permissions.request({ origins });
        if (!granted) return false;
        await settings.setAutoOpen(url, true);
        return true;
      }
      await settings.setAutoOpen(url, false);
      await browser.permissions.remove({ origins }).catch(() => false);
      return false;
    },
  };
}

export function browserConnector(): PopupConnector {
  const settings = browserSettings();
  return {
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
    },
    prepare: (tabId) => request({ type: 'bg/prepare', tabId }),
    digest: (tabId) => askContent(tabId, { type: 'content/digest' }),
    setReading: (tabId, on) => request({ type: 'bg/setReading', tabId, on }),
    reveal: (tabId, target) => request({ type: 'bg/reveal', tabId, target }),
    listen: (tabId, on, at) => request(at ? { type: 'bg/listen', tabId, on, at } : { type: 'bg/listen', tabId, on }),
    shortcut: toggleShortcut,
    // Looked up at call time (not bound once), so a page-side stub in tests sees the real call.
    copy: (text) => navigator.clipboard.writeText(text),
    settings,
    alwaysOpen: alwaysOpenFor(settings),
    summarizer: builtInSummarizer(globalThis),
    factFinder: builtInFactFinder(globalThis),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    uiLanguage: () => uiLocale(browser.i18n.getMessage('uiLocale'), browser.i18n.getUILanguage()),
  };
}

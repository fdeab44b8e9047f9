// The popup's one door to the extension: everything it needs from the browser goes through this interface.
import browser from 'webextension-polyfill';
import type { DigestReply, PopupRequest, PrepareResult, ReaderReply, Replies, RevealTarget, ToContent } from '../common/messages';
import { browserSettings } from '../common/browser-settings';
import type { SettingsStore } from '../common/settings';
import { builtInSummarizer, type OnDeviceSummarizer } from './ai/summarizer';
import { uiLocale } from './lib/locale';

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
  shortcut(): Promise<string>;
  copy(text: string): Promise<void>;
  settings: SettingsStore;
  /** Chrome's built-in Summarizer where the browser has one. */
  summarizer: OnDeviceSummarizer | null;
  t(key: string, substitutions?: string[]): string;
  uiLanguage(): string;
}

async function request<M extends PopupRequest>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}

async function askContent<M extends ToContent>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Replies[M['type']];
}

export function browserConnector(): PopupConnector {
  return {
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
    },
    prepare: (tabId) => request({ type: 'bg/prepare', tabId }),
    digest: (tabId) => askContent(tabId, { type: 'content/digest' }),
    setReading: (tabId, on) => request({ type: 'bg/setReading', tabId, on }),
    reveal: (tabId, target) => request({ type: 'bg/reveal', tabId, target }),
    async shortcut() {
      const commands = await browser.commands.getAll();
      return commands.find((c) => c.name === 'toggle-reading-mode')?.shortcut ?? '';
    },
    // Looked up at call time (not bound once), so a page-side stub in tests sees the real call.
    copy: (text) => navigator.clipboard.writeText(text),
    settings: browserSettings(),
    summarizer: builtInSummarizer(globalThis),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    uiLanguage: () => uiLocale(browser.i18n.getMessage('uiLocale'), browser.i18n.getUILanguage()),
  };
}

// The popup's one door to the extension: everything it needs from the browser goes through this interface.
import browser from 'webextension-polyfill';
import type { PopupRequest, PrepareResult, ReaderReply, Replies } from '../common/messages';
import { browserSettings } from '../common/browser-settings';
import type { SettingsStore } from '../common/settings';

export interface PopupConnector {
  activeTabId(): Promise<number | null>;
  prepare(tabId: number): Promise<PrepareResult>;
  setReading(tabId: number, on: boolean): Promise<ReaderReply>;
  shortcut(): Promise<string>;
  settings: SettingsStore;
  t(key: string, substitutions?: string[]): string;
  uiLanguage(): string;
}

async function request<M extends PopupRequest>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}

export function browserConnector(): PopupConnector {
  return {
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    prepare: (tabId) => request({ type: 'bg/prepare', tabId }),
    setReading: (tabId, on) => request({ type: 'bg/setReading', tabId, on }),
    async shortcut() {
      const commands = await browser.commands.getAll();
      return commands.find((c) => c.name === 'toggle-reading-mode')?.shortcut ?? '';
    },
    settings: browserSettings(),
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    uiLanguage: () => browser.i18n.getUILanguage(),
  };
}

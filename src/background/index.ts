// Service worker: wires gestures (popup, shortcut, context menu) and tab lifecycle to the reading-mode state machine.
import browser, { type Runtime, type Tabs, type Menus } from 'webextension-polyfill';
import { TOGGLE_COMMAND } from '../common/commands';
import { isContentEvent, isPopupRequest, senderContext } from '../common/messages';
import { analyzeInBackground } from './analysis';
import { syncAutoOpen, watchAutoOpen } from './auto-open';
import { showReadingBadge } from './badge';
import { extractPageCopy } from './extraction';
import { injectListenScript, pingContent, watchListenPorts } from './injection';
import { readerFontFaces } from './reader-font';
import { listenInReader, prepareTab, readingState, recheckReading, recordReading, revealInReader, setReading, toggleReading } from './reading-mode';
import { forgetTab, getTabState, newDocument } from './tab-state';

export const MENU_ID = 'readlens-open-reading-mode';

const ownOrigin = browser.runtime.getURL('');

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const from = senderContext(sender, browser.runtime.id, ownOrigin);
  if (from === 'extension-page' && isPopupRequest(message)) {
    switch (message.type) {
      case 'bg/prepare':
        return prepareTab(message.tabId);
      case 'bg/setReading':
        return setReading(message.tabId, message.on);
      case 'bg/reveal':
        return revealInReader(message.tabId, message.target);
      case 'bg/listen':
        return listenInReader(message.tabId, message.on, message.at);
    }
  }
  if (from === 'content' && isContentEvent(message) && sender.tab?.id !== undefined) {
    if (message.type === 'bg/analyze') return analyzeInBackground(message.input);
    if (message.type === 'bg/extract') return extractPageCopy(message.html, message.url);
    if (message.type === 'bg/font') return readerFontFaces();
    if (message.type === 'bg/listenScript') return injectListenScript(sender.tab.id);
    return recheckReading(sender.tab.id);
  }
  // Anything else (malformed, foreign, wrong context) gets no answer and has no effect.
  return undefined;
}

async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await toggleReading(tabId);
}

async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) await setReading(tab.id, true);
}

function createMenus(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuOpenReadingMode'),
      contexts: ['page'],
    }),
  ).catch(() => undefined);
}

/**
 * A new document in the tab (reload, link, history) starts with reading mode off and no script. When it has loaded,
 * a state still "on" is checked with the page: a report from the document left behind may have landed in between.
 */
function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): void {
  if (change.status === 'loading') {
    newDocument(tabId);
    void recordReading(tabId, false);
  } else if (change.status === 'complete') {
    void getTabState(tabId).then((s) => (s.reading ? recheckReading(tabId) : undefined)).catch(() => undefined);
  }
}

function onTabRemoved(tabId: number): void {
  void forgetTab(tabId);
}

// MV3: listeners must be registered synchronously at start-up so events wake the worker.
browser.runtime.onMessage.addListener(onMessage);
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(() => undefined));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab).catch(() => undefined));
browser.runtime.onInstalled.addListener(() => {
  createMenus();
  void syncAutoOpen().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void syncAutoOpen().catch(() => undefined));
watchAutoOpen();
browser.tabs.onUpdated.addListener(onTabUpdated);
browser.tabs.onRemoved.addListener(onTabRemoved);
watchListenPorts();

/**
 * The e2e build only (the flag is false in every shipped build, and this block is compiled away): the handlers
 * behind the keyboard command and the context menu, which no test harness can synthesise, reachable from this
 * worker's DevTools. Pages cannot reach it.
 */
if (__READLENS_E2E__) {
  Object.assign(globalThis, {
    readlensDebug: {
      command: (name: string) => onCommand(name),
      menuClick: async (tabId: number) => onMenuClick({ menuItemId: MENU_ID, editable: false } as Menus.OnClickData, await browser.tabs.get(tabId)),
      tabState: (tabId: number) => readingState(tabId),
      ping: (tabId: number) => pingContent(tabId),
      badge: (tabId: number, on: boolean) => showReadingBadge(tabId, on),
      syncAutoOpen: () => syncAutoOpen(),
    },
  });
}

// Per-tab reading state, mirrored to storage.session so it survives the service worker being stopped.
import browser from 'webextension-polyfill';

export interface TabState {
  reading: boolean;
}

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState> {
  const got = await browser.storage.session.get(key(tabId));
  const raw = got[key(tabId)] as Partial<TabState> | undefined;
  return { reading: raw?.reading === true };
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  if (state.reading) await browser.storage.session.set({ [key(tabId)]: state });
  else await browser.storage.session.remove(key(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

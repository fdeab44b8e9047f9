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
  documents.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}

/**
 * How many documents each tab has started loading since this worker started. A gesture notes it before asking the
 * page; an answer that comes back after it changed is from a document the tab is leaving, and says nothing about
 * the tab now. (In memory only: a gesture never outlives the worker that handles it.)
 */
const documents = new Map<number, number>();

export const documentCount = (tabId: number): number => documents.get(tabId) ?? 0;

export function newDocument(tabId: number): void {
  documents.set(tabId, documentCount(tabId) + 1);
}


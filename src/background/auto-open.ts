// "Always open this site in reading mode": keeps one registered content script in step with the user's list.
import browser from 'webextension-polyfill';
import { browserSettings } from '../common/browser-settings';
import { AUTO_OPEN_KEY, originPattern, type StorageChanges } from '../common/settings';
import { CONTENT_SCRIPT_FILE } from './injection';

export const AUTO_OPEN_SCRIPT_ID = 'readlens-auto-open';
/** Sets the "opened by registration" flag in the content script's world before content.js runs. */
const FLAG_FILE = 'auto-open-flag.js';

const settings = browserSettings();

/** Register the script for every listed site the user granted; unregister when none is left. */
export async function syncAutoOpen(): Promise<string[]> {
  const [sites, granted] = await Promise.all([settings.autoOpenSites(), browser.permissions.getAll()]);
  const allowed = new Set(granted.origins ?? []);
  const matches = sites.map(originPattern).filter((p) => allowed.has(p));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_OPEN_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_OPEN_SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: AUTO_OPEN_SCRIPT_ID, matches, js: [FLAG_FILE, CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
    ]);
  }
  return matches;
}

/** A permission withdrawn anywhere (options page, browser UI) takes the site off the list too. */
async function onPermissionsRemoved(removed: { origins?: string[] }): Promise<void> {
  const gone = new Set(removed.origins ?? []);
  for (const origin of await settings.autoOpenSites()) {
    if (gone.has(originPattern(origin))) await settings.setAutoOpen(origin, false);
  }
  await syncAutoOpen();
}

export function watchAutoOpen(): void {
  browser.permissions.onRemoved.addListener((p) => void onPermissionsRemoved(p).catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncAutoOpen().catch(() => undefined));
  browser.storage.onChanged.addListener((changes: StorageChanges, area: string) => {
    if (area === 'sync' && AUTO_OPEN_KEY in changes) void syncAutoOpen().catch(() => undefined);
  });
}

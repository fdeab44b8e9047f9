// The settings store bound to the browser's storage.sync: the only place extension code gets settings from.
import browser from 'webextension-polyfill';
import { createSettingsStore, type SettingsStore, type StorageChanges } from './settings';

export function browserSettings(): SettingsStore {
  return createSettingsStore(
    {
      get: (keys) => browser.storage.sync.get(keys),
      getAll: () => browser.storage.sync.get(null),
      set: (items) => browser.storage.sync.set(items),
      remove: (keys) => browser.storage.sync.remove(keys),
    },
    (listener) => {
      const onChanged = (changes: StorageChanges, areaName: string): void => {
        if (areaName === 'sync') listener(changes);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  );
}

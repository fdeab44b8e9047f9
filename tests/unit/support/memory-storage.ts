// A Map-backed storage area that reports changes like browser.storage does, for the settings store in unit tests.
import { createSettingsStore, type StorageAreaLike, type StorageChanges } from '../../../src/common/settings';

export function fakeArea() {
  const data = new Map<string, unknown>();
  const listeners = new Set<(c: StorageChanges) => void>();
  const emit = (changes: StorageChanges) => listeners.forEach((l) => l(changes));
  const area: StorageAreaLike = {
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async getAll() {
      return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]));
    },
    async set(items) {
      const changes: StorageChanges = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: StorageChanges = {};
      for (const k of keys) {
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      emit(changes);
    },
  };
  const subscribe = (l: (c: StorageChanges) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  return { data, area, subscribe };
}

/** A settings store over a fresh fake area. */
export function memoryStore() {
  const { area, subscribe } = fakeArea();
  return createSettingsStore(area, subscribe);
}

// The few extension APIs the speech script uses, reached without the polyfill (which would double its size):
// Firefox gives content scripts `browser`, Chrome `chrome`; both answer these calls with promises.
import type { StorageAreaLike } from '../../common/settings';

export interface PortLike {
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ExtensionApi {
  i18n: { getMessage(key: string, substitutions?: string[]): string };
  runtime: { id?: string; connect(info: { name: string }): PortLike };
  storage: {
    sync: Pick<StorageAreaLike, 'get' | 'set'>;
    onChanged?: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/** The extension's API in this isolated world, or null once the extension is gone (reloaded, removed). */
export function extensionApi(): ExtensionApi | null {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  return api?.runtime?.id ? api : null;
}

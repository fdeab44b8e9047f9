// The one fake of the browser extension APIs the unit tests run Readlens against, shaped as webextension-polyfill
// exposes Chrome's (promises; errors are rejections carrying Chrome's messages). One world (tabs, storage, badge,
// menus, the offscreen document) holds several contexts (service worker, extension pages, offscreen document,
// content scripts per tab), each with its own `browser` object. Events and messages arrive in a later task; a
// context that is gone (navigated, closed) receives nothing and its pending answers are lost, as in the browser.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { browserWork, FakeEvent, nextTask } from './fake-event';
import { fakeArea } from './memory-storage';

export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
export const CHANNEL_CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
export const ONE_OFFSCREEN = 'Only a single offscreen document may be created.';
export const NO_OFFSCREEN = 'No current offscreen document.';
const NO_SESSION_ACCESS = 'Access to storage is not allowed from this context.';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const repoFile = (path: string): string => resolve(repoRoot, path);
const manifest = JSON.parse(readFileSync(repoFile('manifest.json'), 'utf8')) as {
  permissions: string[];
  commands: Record<string, { suggested_key?: { default?: string }; description?: string }>;
};
const englishMessages = JSON.parse(readFileSync(repoFile('src/static/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export interface FakeTab {
  id: number;
  windowId: number;
  index: number;
  url: string;
  title: string;
  active: boolean;
  status: 'loading' | 'complete';
}

/** runtime.MessageSender as Chrome fills it for each kind of context. */
export interface FakeSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: FakeTab;
  frameId?: number;
  documentId?: string;
}

type ContextKind = 'background' | 'page' | 'offscreen' | 'content';
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
// Listener signatures vary per event; the fake only stores and calls them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyListener = (...args: any[]) => unknown;

export interface FakeContext {
  kind: ContextKind;
  url: string;
  tabId?: number;
  frameId?: number;
  documentId: string;
  alive: boolean;
  /** This context's `browser` (what `import browser from 'webextension-polyfill'` gives the code running there). */
  api: FakeApi;
  /** How many runtime.onMessage listeners this context has (one per content-script instance, say). */
  messageListeners(): number;
  /** The context goes away (popup closed, document replaced): listeners dropped, pending answers lost. */
  destroy(): void;
}

interface Internal {
  ctx: FakeContext;
  events: Record<string, FakeEvent<AnyListener>>;
  /** Called when this context dies, for each message it promised to answer and has not. */
  closers: Set<() => void>;
}

/** What crosses a process boundary: Chrome serialises messages as JSON, so only JSON survives. */
const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
/** The polyfill relays a rejection as its message only. */
const errorMessage = (e: unknown): string =>
  e instanceof Error || (typeof e === 'object' && e !== null && typeof (e as Error).message === 'string')
    ? (e as Error).message
    : 'An unexpected error occurred';
const never = (): Promise<never> => new Promise(() => undefined);

/** Chrome's match patterns, enough for registered content scripts: scheme://host/path with `*` wildcards. */
function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):/.test(url);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const parsed = new URL(url);
  const schemeOk = scheme === '*' ? /^https?:$/.test(parsed.protocol) : parsed.protocol === `${scheme}:`;
  const hostOk = host === '*' || parsed.hostname === host || (host.startsWith('*.') && parsed.hostname.endsWith(host.slice(1)));
  const pathRe = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return schemeOk && hostOk && pathRe.test(parsed.pathname + parsed.search);
}

/** Pages no extension may script, with the error Chrome gives for each. */
function scriptingBlocked(url: string): string | null {
  const scheme = url.split(':')[0];
  if (scheme === 'chrome' || scheme === 'edge' || scheme === 'about' || scheme === 'chrome-extension') return `Cannot access a ${scheme}:// URL`;
  if (url.startsWith('https://chromewebstore.google.com/')) return 'The extensions gallery cannot be scripted.';
  if (!/^(https?|file):/.test(url)) return 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
  return null;
}

function i18nMessage(key: string, substitutions?: string | string[]): string {
  const entry = englishMessages[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export interface FakeBrowserOptions {
  /** Whether "Allow access to file URLs" is on. */
  fileAccess?: boolean;
  /** Chrome before 116 has no offscreen.hasDocument: the code must ask runtime.getContexts instead. */
  offscreenHasDocument?: boolean;
}

/** Matches messages of one `type`, for `hold`. */
export const ofType = (type: string) => (message: unknown): boolean => (message as { type?: unknown } | null)?.type === type;

/** A gate that keeps matching messages from arriving until released (a receiver busy elsewhere, a slow process). */
export interface MessageGate {
  release(): void;
  /** How many messages wait behind it now. */
  waiting(): number;
}

export function createFakeBrowser(options: FakeBrowserOptions = {}) {
  const id = 'kfakereadlensidaaaaaaaaaaaaaaaaa';
  const origin = `chrome-extension://${id}`;
  /** Listener exceptions and unchecked lastErrors, as the browser would log them. */
  const errors: string[] = [];
  const report = (e: unknown): void => void errors.push(errorMessage(e));

  const contexts = new Set<Internal>();
  const tabs = new Map<number, FakeTab>();
  let nextTabId = 1;
  let nextDocumentId = 1;
  const badges = new Map<number | 'global', { text: string; color?: string }>();
  const menus = new Map<string | number, Record<string, unknown>>();
  const registeredScripts = new Map<string, { id: string; matches: string[]; js: string[]; runAt?: string; allFrames?: boolean }>();
  const granted = { permissions: [...manifest.permissions], origins: [] as string[] };
  /** What the permission prompt answers. */
  let promptAnswer = true;
  /** The code each packaged script file runs in a content context (the test decides what content.js is). */
  const scriptFiles = new Map<string, (ctx: FakeContext) => Promise<unknown> | unknown>();
  /** The code each extension page runs when it loads (the offscreen document's main.ts, say). */
  const pageScripts = new Map<string, (ctx: FakeContext) => Promise<unknown> | unknown>();
  const gates: { match: (message: unknown) => boolean; queue: (() => void)[]; open: boolean }[] = [];
  let offscreen: Internal | null = null;
  const fetched: string[] = [];
  /** Every message sent (runtime and tabs), in order, as it crossed the wire. */
  const sent: unknown[] = [];

  const extensionContexts = (): Internal[] => [...contexts].filter((c) => c.ctx.alive && c.ctx.kind !== 'content');
  const broadcast = (event: string, ...args: unknown[]): Promise<unknown> =>
    Promise.all(extensionContexts().map((c) => c.events[event]?.dispatch(...args)));
  const tabSnapshot = (tabId: number): FakeTab | undefined => {
    const tab = tabs.get(tabId);
    return tab ? { ...tab } : undefined;
  };
  const requireTab = (tabId: number): FakeTab => {
    const tab = tabs.get(tabId);
    if (!tab) throw new Error(`No tab with id: ${tabId}.`);
    return tab;
  };

  // ---- storage: three areas shared by every context, change events to all ----
  const areas = Object.fromEntries(
    (['local', 'sync', 'session'] as const).map((name) => {
      const store = fakeArea();
      store.subscribe((changes: Changes) => {
        const real = Object.fromEntries(Object.entries(changes).filter(([, c]) => c.oldValue !== undefined || c.newValue !== undefined));
        if (Object.keys(real).length === 0) return;
        for (const c of contexts) {
          if (c.ctx.alive && (name !== 'session' || c.ctx.kind !== 'content')) void c.events.storageChanged?.dispatch(wire(real), name);
        }
      });
      return [name, store];
    }),
  ) as Record<'local' | 'sync' | 'session', ReturnType<typeof fakeArea>>;

  function storageArea(name: 'local' | 'sync' | 'session', kind: ContextKind) {
    const { area } = areas[name];
    const guard = async (): Promise<void> => {
      await nextTask();
      if (name === 'session' && kind === 'content') throw new Error(NO_SESSION_ACCESS);
    };
    return {
      async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
        await guard();
        if (keys === null || keys === undefined) return area.getAll();
        if (typeof keys === 'string' || Array.isArray(keys)) return area.get(typeof keys === 'string' ? [keys] : keys);
        return { ...keys, ...(await area.get(Object.keys(keys))) };
      },
      async set(items: Record<string, unknown>): Promise<void> {
        await guard();
        await area.set(wire(items));
      },
      async remove(keys: string | string[]): Promise<void> {
        await guard();
        await area.remove(typeof keys === 'string' ? [keys] : keys);
      },
      async clear(): Promise<void> {
        await guard();
        await area.remove(Object.keys(await area.getAll()));
      },
    };
  }

  // ---- messaging ----
  function senderOf(from: Internal): FakeSender {
    const { ctx } = from;
    if (ctx.kind !== 'content') return { id, url: ctx.url, origin };
    const tab = tabSnapshot(ctx.tabId as number);
    return { id, url: ctx.url, origin: new URL(ctx.url).origin, tab, frameId: ctx.frameId, documentId: ctx.documentId };
  }

  async function passGates(message: unknown): Promise<void> {
    for (const gate of gates) {
      if (gate.open || !gate.match(message)) continue;
      await new Promise<void>((resolve) => gate.queue.push(resolve));
    }
  }

  /**
   * Delivers `message` to every listener of `targets` and settles with the first answer, as the polyfill does:
   * a listener answers by returning a promise; when none does, the port closes and the promise resolves undefined.
   */
  async function deliver(from: Internal | null, sender: FakeSender, targets: () => Internal[], message: unknown): Promise<unknown> {
    if (from && !from.ctx.alive) return never();
    const payload = wire(message);
    sent.push(payload);
    await passGates(payload);
    await nextTask();
    const receivers = targets().filter((t) => t.ctx.alive && t.events.message!.hasListeners());
    if (receivers.length === 0) throw new Error(NO_RECEIVER);
    const answer = await new Promise<{ ok: true; value: unknown } | { ok: false; error: string }>((settle) => {
      let settled = false;
      let outstanding = 0;
      const finish = (result: { ok: true; value: unknown } | { ok: false; error: string }): void => {
        if (settled) return;
        settled = true;
        settle(result);
      };
      for (const receiver of receivers) {
        let mine = 0;
        const close = (): void => {
          outstanding -= mine;
          mine = 0;
          if (outstanding === 0) finish({ ok: false, error: CHANNEL_CLOSED });
        };
        const respond = (value: unknown): void => {
          if (!receiver.ctx.alive) return;
          finish({ ok: true, value: wire(value) });
        };
        for (const result of receiver.events.message!.callNow(wire(payload), sender, respond)) {
          if (result === true || isThenable(result)) {
            mine += 1;
            outstanding += 1;
          }
          if (isThenable(result)) {
            result.then(respond, (e: unknown) => receiver.ctx.alive && finish({ ok: false, error: errorMessage(e) }));
          }
        }
        if (mine > 0) receiver.closers.add(close);
      }
      if (outstanding === 0) finish({ ok: true, value: undefined });
    });
    await nextTask();
    // An answer to a document that is gone has nobody to reach.
    if (from && !from.ctx.alive) return never();
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  }

  // ---- contexts ----
  function destroy(internal: Internal): void {
    if (!internal.ctx.alive) return;
    internal.ctx.alive = false;
    for (const event of Object.values(internal.events)) event.clear();
    for (const close of [...internal.closers]) close();
    internal.closers.clear();
    contexts.delete(internal);
    if (offscreen === internal) offscreen = null;
  }

  function newEvent(): FakeEvent<AnyListener> {
    return new FakeEvent<AnyListener>(report);
  }

  function createContext(kind: ContextKind, url: string, tabId?: number, frameId?: number): Internal {
    const events: Record<string, FakeEvent<AnyListener>> = {
      message: newEvent(),
      storageChanged: newEvent(),
    };
    if (kind !== 'content') {
      for (const name of ['installed', 'startup', 'connect', 'tabUpdated', 'tabRemoved', 'command', 'menuClicked', 'permAdded', 'permRemoved']) {
        events[name] = newEvent();
      }
    }
    const internal = { events, closers: new Set<() => void>() } as Internal;
    const ctx: FakeContext = {
      kind,
      url,
      tabId,
      frameId,
      documentId: `doc-${nextDocumentId++}`,
      alive: true,
      api: undefined as unknown as FakeApi,
      messageListeners: () => events.message!.listenerCount(),
      destroy: () => destroy(internal),
    };
    internal.ctx = ctx;
    ctx.api = makeApi(internal);
    contexts.add(internal);
    return internal;
  }

  function contentContext(tabId: number, frameId = 0): Internal {
    const existing = [...contexts].find((c) => c.ctx.alive && c.ctx.kind === 'content' && c.ctx.tabId === tabId && c.ctx.frameId === frameId);
    return existing ?? createContext('content', requireTab(tabId).url, tabId, frameId);
  }

  async function runFiles(ctx: FakeContext, files: string[]): Promise<void> {
    for (const file of files) {
      const run = scriptFiles.get(file);
      if (!run) throw new Error(`Could not load file: '${file}'.`);
      await browserWork(Promise.resolve(run(ctx)));
    }
  }

  // ---- the API each context sees ----
  function makeApi(self: Internal) {
    const { kind } = self.ctx;
    const ev = self.events;
    const runtime = {
      id,
      lastError: undefined,
      getURL: (path: string) => `${origin}/${path.replace(/^\//, '')}`,
      getManifest: () => structuredClone(manifest),
      sendMessage: (message: unknown) => deliver(self, senderOf(self), () => extensionContexts().filter((c) => c !== self), message),
      onMessage: ev.message!,
    };
    const i18n = {
      getMessage: i18nMessage,
      getUILanguage: () => 'en-US',
    };
    const storage = {
      local: storageArea('local', kind),
      sync: storageArea('sync', kind),
      session: storageArea('session', kind),
      onChanged: ev.storageChanged!,
    };
    // Content scripts get only runtime messaging, storage and i18n.
    if (kind === 'content') return { runtime, i18n, storage } as unknown as ExtensionApi;

    const api = {
      runtime: {
        ...runtime,
        onInstalled: ev.installed!,
        onStartup: ev.startup!,
        // Ports are held by the background (read aloud's); no fake context opens one.
        onConnect: ev.connect!,
        async getContexts(filter: { contextTypes?: string[] }) {
          await nextTask();
          const all = offscreen ? [{ contextType: 'OFFSCREEN_DOCUMENT', documentUrl: offscreen.ctx.url }] : [];
          return all.filter((c) => !filter.contextTypes || filter.contextTypes.includes(c.contextType));
        },
      },
      i18n,
      storage,
      tabs: {
        async query(q: { active?: boolean; currentWindow?: boolean; url?: string }) {
          await nextTask();
          return [...tabs.values()].filter((t) => (q.active === undefined || t.active === q.active) && (q.url === undefined || t.url === q.url)).map((t) => ({ ...t }));
        },
        async get(tabId: number) {
          await nextTask();
          return { ...requireTab(tabId) };
        },
        sendMessage: (tabId: number, message: unknown, opts?: { frameId?: number }) =>
          deliver(self, senderOf(self), () => [...contexts].filter((c) => c.ctx.kind === 'content' && c.ctx.tabId === tabId && (opts?.frameId === undefined || c.ctx.frameId === opts.frameId)), message),
        onUpdated: ev.tabUpdated!,
        onRemoved: ev.tabRemoved!,
      },
      scripting: {
        async executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files?: string[] }) {
          await nextTask();
          const tab = requireTab(injection.target.tabId);
          const blocked = scriptingBlocked(tab.url);
          if (blocked) throw new Error(blocked);
          const files = injection.files ?? [];
          const missing = files.find((f) => !scriptFiles.has(f));
          if (missing) throw new Error(`Could not load file: '${missing}'.`);
          const results = [];
          for (const frameId of injection.target.frameIds ?? [0]) {
            const target = contentContext(tab.id, frameId);
            await runFiles(target.ctx, files);
            results.push({ frameId, documentId: target.ctx.documentId, result: null });
          }
          return results;
        },
        async registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt?: string; allFrames?: boolean }[]) {
          await nextTask();
          for (const s of scripts) if (registeredScripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          for (const s of scripts) registeredScripts.set(s.id, structuredClone(s));
        },
        async getRegisteredContentScripts(filter?: { ids?: string[] }) {
          await nextTask();
          return [...registeredScripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s));
        },
        async unregisterContentScripts(filter?: { ids?: string[] }) {
          await nextTask();
          const ids = filter?.ids ?? [...registeredScripts.keys()];
          for (const sid of ids) if (!registeredScripts.has(sid)) throw new Error(`Nonexistent script ID '${sid}'`);
          for (const sid of ids) registeredScripts.delete(sid);
        },
      },
      action: {
        async setBadgeText(d: { text: string | null; tabId?: number }) {
          await nextTask();
          if (d.tabId !== undefined) requireTab(d.tabId);
          const slot = d.tabId ?? 'global';
          badges.set(slot, { ...badges.get(slot), text: d.text ?? '' });
        },
        async getBadgeText(d: { tabId?: number }) {
          await nextTask();
          return badges.get(d.tabId ?? 'global')?.text ?? badges.get('global')?.text ?? '';
        },
        async setBadgeBackgroundColor(d: { color: string; tabId?: number }) {
          await nextTask();
          if (d.tabId !== undefined) requireTab(d.tabId);
          const slot = d.tabId ?? 'global';
          badges.set(slot, { text: badges.get(slot)?.text ?? '', color: d.color });
        },
      },
      contextMenus: {
        // Not wrapped by the polyfill: returns the id at once and reports errors through the callback's lastError.
        create(props: { id: string } & Record<string, unknown>, callback?: () => void): string {
          if (menus.has(props.id)) {
            const message = `Cannot create item with duplicate id ${props.id}`;
            if (callback) void nextTask().then(callback);
            else errors.push(`Unchecked runtime.lastError: ${message}`);
          } else {
            menus.set(props.id, structuredClone(props));
            if (callback) void nextTask().then(callback);
          }
          return props.id;
        },
        async remove(menuId: string) {
          await nextTask();
          if (!menus.delete(menuId)) throw new Error(`Cannot find menu item with id ${menuId}`);
        },
        async removeAll() {
          await nextTask();
          menus.clear();
        },
        onClicked: ev.menuClicked!,
      },
      commands: {
        async getAll() {
          await nextTask();
          return Object.entries(manifest.commands).map(([name, c]) => ({ name, shortcut: c.suggested_key?.default ?? '', description: c.description ?? '' }));
        },
        onCommand: ev.command!,
      },
      permissions: {
        async getAll() {
          await nextTask();
          return structuredClone(granted);
        },
        async contains(p: { origins?: string[]; permissions?: string[] }) {
          await nextTask();
          return (p.origins ?? []).every((o) => granted.origins.includes(o)) && (p.permissions ?? []).every((x) => granted.permissions.includes(x));
        },
        async request(p: { origins?: string[] }) {
          await nextTask();
          if (!promptAnswer) return false;
          await grantOrigins(p.origins ?? []);
          return true;
        },
        async remove(p: { origins?: string[] }) {
          await nextTask();
          await revokeOrigins(p.origins ?? []);
          return true;
        },
        onAdded: ev.permAdded!,
        onRemoved: ev.permRemoved!,
      },
      extension: {
        isAllowedFileSchemeAccess: async () => options.fileAccess === true,
      },
    };
    return api as unknown as ExtensionApi;
  }

  async function grantOrigins(origins: string[]): Promise<void> {
    const added = origins.filter((o) => !granted.origins.includes(o));
    granted.origins.push(...added);
    if (added.length > 0) await broadcast('permAdded', { origins: added, permissions: [] });
  }

  async function revokeOrigins(origins: string[]): Promise<void> {
    const removed = origins.filter((o) => granted.origins.includes(o));
    granted.origins = granted.origins.filter((o) => !removed.includes(o));
    if (removed.length > 0) await broadcast('permRemoved', { origins: removed, permissions: [] });
  }

  // ---- chrome.offscreen (Chrome only; the polyfill does not wrap it) ----
  const offscreenApi = {
    async createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> {
      if (!Array.isArray(p.reasons) || p.reasons.length === 0 || !p.justification) throw new TypeError('Error in invocation of offscreen.createDocument');
      await nextTask();
      if (offscreen) throw new Error(ONE_OFFSCREEN);
      const path = p.url.replace(/^\//, '');
      const doc = createContext('offscreen', `${origin}/${path}`);
      offscreen = doc;
      // The promise resolves once the document has loaded, its scripts run.
      await browserWork(Promise.resolve(pageScripts.get(path)?.(doc.ctx)));
      await nextTask();
    },
    async closeDocument(): Promise<void> {
      await nextTask();
      if (!offscreen) throw new Error(NO_OFFSCREEN);
      destroy(offscreen);
    },
    async hasDocument(): Promise<boolean> {
      await nextTask();
      return offscreen !== null;
    },
  };
  if (options.offscreenHasDocument === false) delete (offscreenApi as Partial<typeof offscreenApi>).hasDocument;

  /** fetch() inside the extension: packaged files come from the repository (lang/ from the word lists). */
  async function extensionFetch(input: string | URL | Request): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    fetched.push(url);
    await nextTask();
    if (!url.startsWith(`${origin}/`)) throw new TypeError('Failed to fetch');
    const path = url.slice(origin.length + 1);
    const source = path.startsWith('lang/') ? `src/core/analyze/lang/data/${path.slice(5)}` : `src/static/${path}`;
    try {
      return new Response(readFileSync(repoFile(source), 'utf8'), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('', { status: 404 });
    }
  }

  vi.stubGlobal('chrome', { runtime: { id }, offscreen: offscreenApi });
  vi.stubGlobal('fetch', extensionFetch);

  let background: Internal | null = null;

  return {
    id,
    origin,
    errors,
    fetched,
    sent,
    /** How many messages of `type` were sent. */
    sentOfType: (type: string): number => sent.filter(ofType(type)).length,
    scriptFiles,
    pageScripts,
    offscreen: offscreenApi,

    /** The service worker (one per world). */
    background(): FakeContext {
      if (!background?.ctx.alive) background = createContext('background', `${origin}/service-worker-loader.js`);
      return background.ctx;
    },
    /** An extension page: the popup, the options page. */
    page(path: string): FakeContext {
      return createContext('page', `${origin}/${path}`).ctx;
    },
    /** The content-script world of a tab's current document (created on first use, as by an injection). */
    content(tabId: number, frameId = 0): FakeContext {
      return contentContext(tabId, frameId).ctx;
    },
    offscreenDocument: (): FakeContext | null => offscreen?.ctx ?? null,

    openTab(url: string, init: { title?: string; active?: boolean } = {}): FakeTab {
      const active = init.active ?? true;
      if (active) for (const t of tabs.values()) t.active = false;
      const tab: FakeTab = { id: nextTabId++, windowId: 1, index: tabs.size, url, title: init.title ?? url, active, status: 'complete' };
      tabs.set(tab.id, tab);
      return { ...tab };
    },
    tab: (tabId: number): FakeTab | undefined => tabSnapshot(tabId),

    /**
     * A navigation in three steps, as the browser reports it: `loading` fires when it starts, while the old
     * document still runs; commit replaces the document (its content scripts are gone); then `complete`, after
     * which registered content scripts that match run in the new document.
     */
    async startNavigation(tabId: number, url: string): Promise<void> {
      const tab = requireTab(tabId);
      tab.url = url;
      tab.status = 'loading';
      await broadcast('tabUpdated', tabId, { status: 'loading', url }, { ...tab });
    },
    commitNavigation(tabId: number): void {
      for (const c of [...contexts]) if (c.ctx.kind === 'content' && c.ctx.tabId === tabId) destroy(c);
    },
    async finishNavigation(tabId: number): Promise<void> {
      const tab = requireTab(tabId);
      tab.status = 'complete';
      await broadcast('tabUpdated', tabId, { status: 'complete' }, { ...tab });
      for (const script of registeredScripts.values()) {
        if (script.matches.some((p) => matchesPattern(p, tab.url))) await runFiles(contentContext(tabId).ctx, script.js);
      }
    },
    async navigate(tabId: number, url: string): Promise<void> {
      await this.startNavigation(tabId, url);
      this.commitNavigation(tabId);
      await this.finishNavigation(tabId);
    },
    async closeTab(tabId: number): Promise<void> {
      const tab = requireTab(tabId);
      this.commitNavigation(tabId);
      tabs.delete(tabId);
      badges.delete(tabId);
      await broadcast('tabRemoved', tabId, { windowId: tab.windowId, isWindowClosing: false });
    },

    /** The badge the user sees on this tab (tab-specific text wins over the global one; Chrome keeps it across navigations). */
    badge: (tabId: number): string => badges.get(tabId)?.text ?? badges.get('global')?.text ?? '',
    menuItems: (): Record<string, unknown>[] => [...menus.values()].map((m) => structuredClone(m)),
    registeredScripts: () => [...registeredScripts.values()].map((s) => structuredClone(s)),
    storageData: (area: 'local' | 'sync' | 'session'): Record<string, unknown> => Object.fromEntries(areas[area].data),

    /** The extension is installed (or updated): runtime.onInstalled in the service worker. */
    install: (reason: 'install' | 'update' = 'install') => broadcast('installed', { reason }),
    startup: () => broadcast('startup'),
    /** The keyboard shortcut pressed with `tabId` in front (Chrome passes the active tab). */
    pressCommand(name: string, tabId?: number): Promise<unknown> {
      const tab = tabId === undefined ? [...tabs.values()].find((t) => t.active) : requireTab(tabId);
      return broadcast('command', name, tab ? { ...tab } : undefined);
    },
    /** A click on one of the extension's context-menu items, on the page of `tabId`. */
    clickMenu(menuItemId: string, tabId: number): Promise<unknown> {
      if (!menus.has(menuItemId)) throw new Error(`no menu item ${menuItemId}: the extension never created it`);
      const tab = requireTab(tabId);
      return broadcast('menuClicked', { menuItemId, editable: false, pageUrl: tab.url, frameId: 0 }, { ...tab });
    },
    grantOrigins,
    revokeOrigins,
    /** What the next permission prompt answers. */
    setPromptAnswer(answer: boolean): void {
      promptAnswer = answer;
    },

    /** A message that no real context could send (another extension, a forged sender), delivered to every extension context. */
    messageWithSender: (sender: FakeSender, message: unknown): Promise<unknown> => deliver(null, sender, extensionContexts, message),

    /** Keeps messages that `match` from arriving until `release()`. */
    hold(match: (message: unknown) => boolean): MessageGate {
      const gate = { match, queue: [] as (() => void)[], open: false };
      gates.push(gate);
      return {
        release() {
          gate.open = true;
          for (const resume of gate.queue.splice(0)) resume();
        },
        waiting: () => gate.queue.length,
      };
    },

    /** Ends every context and removes the globals this fake put in place. */
    dispose(): void {
      for (const c of [...contexts]) destroy(c);
      for (const gate of gates) gate.open = true;
      vi.unstubAllGlobals();
    },
  };
}

/** The `browser` object a context sees; tests use it loosely, the code under test through the polyfill's types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExtensionApi = any;
type FakeApi = ExtensionApi;
export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

let loading: Promise<unknown> = Promise.resolve();

/**
 * Evaluates a module graph afresh in `ctx`, its `webextension-polyfill` import being that context's `browser`:
 * every context has its own module state, as each extension context is its own JavaScript realm.
 * Loads run one at a time so that two contexts never share a module evaluation.
 */
export function loadIn<T>(ctx: FakeContext, load: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: ctx.api }));
    return load();
  };
  const result = loading.then(run, run);
  loading = result.catch(() => undefined);
  return result;
}

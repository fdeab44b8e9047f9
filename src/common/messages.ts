// The one message protocol between popup, background and content script: a union per direction, with guards.
import type { AnalyzeInput, Digest } from '../core/analyze/types';
import type { ArticleMeta } from '../core/extract/types';
import type { ExtractedPage } from '../core/read';

/** What the popup learns about the active tab before showing controls. */
export interface PageInfo {
  title: string;
  site: string;
  url: string;
  lang: string;
  /** Result of the article detector: the popup offers "open anyway" when false. */
  isArticle: boolean;
  articleScore: number;
  readingMinutes: number | null;
  /** document.contentType: lets the background recognise a PDF shown by the browser's viewer. */
  contentType: string;
}

/** Why the extension cannot run on a tab; the popup turns each into a friendly sentence. */
export type UnsupportedReason = 'browser-page' | 'store-page' | 'pdf-viewer' | 'file-access' | 'injection-failed' | 'no-tab';

export type PrepareResult =
  | { state: 'ready'; tabId: number; reading: boolean; listening?: boolean; page: PageInfo }
  | { state: 'unsupported'; tabId: number | null; reason: UnsupportedReason; url: string };

/** Popup → background. */
export type PopupRequest =
  | { type: 'bg/prepare'; tabId: number }
  | { type: 'bg/setReading'; tabId: number; on: boolean }
  | { type: 'bg/reveal'; tabId: number; target: RevealTarget }
  /** Read aloud: `on` undefined toggles; `at` starts at a quotation's or a fact's sentence. */
  | { type: 'bg/listen'; tabId: number; on?: boolean; at?: RevealTarget };

/** Content script → background. Analysis runs in the background so the page's main thread stays free. */
export type ContentEvent =
  | { type: 'bg/readerState'; open: boolean }
  | { type: 'bg/analyze'; input: AnalyzeInput }
  /** A serialised copy of the page, to find the article off the page's main thread. */
  | { type: 'bg/extract'; html: string; url: string }
  /** The reader's legible font, which pages must not be able to fetch from the extension. */
  | { type: 'bg/font' }
  /** Put the speech script (listen.js) into this tab, on the first press of Listen. */
  | { type: 'bg/listenScript' };

/** One face of the reader's font: its bytes (base64, as messages carry JSON) and its descriptors. */
export interface FontFaceData {
  data: string;
  weight: string;
  style: string;
  unicodeRange: string;
}

/** The port the speech script holds open to the background while reading aloud: it drops when the extension goes. */
export const LISTEN_PORT = 'readlens-listen';

/** Background → its offscreen document (Chrome has no DOM in the service worker). */
export type OffscreenRequest = { type: 'offscreen/extract'; html: string; url: string };

export type ToBackground = PopupRequest | ContentEvent;

/** A place in the article the popup can jump to: a quotation, or a span of a body paragraph (a fact's sentence). */
export type RevealTarget = { kind: 'quote'; index: number } | { kind: 'span'; paragraph: number; start: number; end: number };

/** Background → content script. */
export type ToContent =
  | { type: 'content/ping' }
  | { type: 'content/pageInfo' }
  /** `ask`: on a page that does not look like an article, ask the reader first (the shortcut's path). */
  | { type: 'content/setReader'; open: boolean; ask?: boolean }
  | { type: 'content/reveal'; target: RevealTarget }
  | { type: 'content/digest' }
  | { type: 'content/listen'; on?: boolean; at?: RevealTarget };

/** The article's digest for the popup: what the page says, computed once per page by the content script. */
export type DigestReply =
  | { state: 'ready'; article: ArticleMeta; digest: Digest }
  | { state: 'no-article' };

export interface PingReply {
  ok: true;
  instanceId: string;
  /** How many times the script file ran in this document: 1 unless the guard was bypassed. */
  injections: number;
  readerOpen: boolean;
  /** Read aloud is on in the reader. */
  listening: boolean;
}

export interface ReaderReply {
  open: boolean;
  /** Set when the reader could not open: the page has no article the engine could find. */
  reason?: 'no-article' | 'not-article';
  /** After a read-aloud request: whether the reader is reading aloud now. */
  listening?: boolean;
}

/** Reply type for each request, so callers get typed answers. */
export interface Replies {
  'bg/prepare': PrepareResult;
  'bg/setReading': ReaderReply;
  'bg/reveal': ReaderReply;
  'bg/readerState': void;
  'bg/analyze': Digest;
  'bg/extract': ExtractedPage;
  'bg/font': FontFaceData[];
  'bg/listen': ReaderReply;
  'bg/listenScript': void;
  'offscreen/extract': ExtractedPage;
  'content/ping': PingReply;
  'content/pageInfo': PageInfo;
  'content/setReader': ReaderReply;
  'content/reveal': ReaderReply;
  'content/digest': DigestReply;
  'content/listen': ReaderReply;
}

export type Reply<M extends { type: keyof Replies }> = Replies[M['type']];

/**
 * A plain object as structured clone delivers it: own data only. Objects with another prototype (a Proxy of
 * something else, Object.create(valid)) are not messages, whatever fields they seem to have.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Every slot of a dense array holds a string (every() would skip the holes of a sparse one). */
function isStringArray(v: unknown, max: number): v is string[] {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** A guard never throws: a getter or Proxy trap that throws makes the value "not a message". */
const safely = <T>(guard: (v: unknown) => v is T) => (v: unknown): v is T => {
  try {
    return guard(v);
  } catch {
    return false;
  }
};
/** Browsers number tabs with 32-bit integers; anything larger is not a tab. */
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 0x7fffffff;
/** Only these keys may appear: a message with extra fields is not one of ours. */
const hasOnlyKeys = (v: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(v).every((k) => keys.includes(k));

function isPopupRequestUnsafe(v: unknown): v is PopupRequest {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'bg/prepare':
      return hasOnlyKeys(v, ['type', 'tabId']) && isTabId(v.tabId);
    case 'bg/setReading':
      return hasOnlyKeys(v, ['type', 'tabId', 'on']) && isTabId(v.tabId) && typeof v.on === 'boolean';
    case 'bg/reveal':
      return hasOnlyKeys(v, ['type', 'tabId', 'target']) && isTabId(v.tabId) && isRevealTarget(v.target);
    case 'bg/listen':
      return hasOnlyKeys(v, ['type', 'tabId', 'on', 'at']) && isTabId(v.tabId) && isListenCommand(v);
    default:
      return false;
  }
}

/** Bounds on an article sent for analysis: far above any real article, low enough that junk cannot stall us. */
export const MAX_ANALYZE_PARAGRAPHS = 20_000;
export const MAX_ANALYZE_CHARS = 3_000_000;

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptionalString = (v: unknown): boolean => v === undefined || isString(v);

function isAnalyzeInputUnsafe(v: unknown): v is AnalyzeInput {
  if (!isRecord(v) || !hasOnlyKeys(v, ['paragraphs', 'title', 'excerpt', 'lang', 'published', 'captions'])) return false;
  const { paragraphs, captions } = v;
  if (!isStringArray(paragraphs, MAX_ANALYZE_PARAGRAPHS)) return false;
  if (captions !== undefined && !isStringArray(captions, MAX_ANALYZE_PARAGRAPHS)) return false;
  const chars = paragraphs.reduce((n: number, p: string) => n + p.length, 0);
  return (
    chars <= MAX_ANALYZE_CHARS && isOptionalString(v.title) && isOptionalString(v.excerpt) && isOptionalString(v.lang) &&
    (v.published === undefined || v.published === null || isString(v.published))
  );
}

/** A page copy sent for extraction: big pages are welcome (that is the point), absurd ones are not. */
export const MAX_PAGE_HTML = 50_000_000;

const isPageCopy = (v: Record<string, unknown>): boolean =>
  hasOnlyKeys(v, ['type', 'html', 'url']) && isString(v.html) && v.html.length <= MAX_PAGE_HTML && isString(v.url) && v.url.length <= 8192;

function isContentEventUnsafe(v: unknown): v is ContentEvent {
  if (!isRecord(v)) return false;
  if (v.type === 'bg/readerState') return hasOnlyKeys(v, ['type', 'open']) && typeof v.open === 'boolean';
  if (v.type === 'bg/extract') return isPageCopy(v);
  if (v.type === 'bg/font' || v.type === 'bg/listenScript') return hasOnlyKeys(v, ['type']);
  return v.type === 'bg/analyze' && hasOnlyKeys(v, ['type', 'input']) && isAnalyzeInput(v.input);
}

function isOffscreenRequestUnsafe(v: unknown): v is OffscreenRequest {
  return isRecord(v) && v.type === 'offscreen/extract' && isPageCopy(v);
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;

function isRevealTargetUnsafe(v: unknown): v is RevealTarget {
  if (!isRecord(v)) return false;
  if (v.kind === 'quote') return hasOnlyKeys(v, ['kind', 'index']) && isIndex(v.index);
  return (
    v.kind === 'span' && hasOnlyKeys(v, ['kind', 'paragraph', 'start', 'end']) &&
    isIndex(v.paragraph) && isIndex(v.start) && isIndex(v.end) && v.start < v.end
  );
}

/** A read-aloud request's optional switch and starting place. */
const isListenCommand = (v: Record<string, unknown>): boolean =>
  (v.on === undefined || typeof v.on === 'boolean') && (v.at === undefined || isRevealTarget(v.at));

function isToContentUnsafe(v: unknown): v is ToContent {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'content/ping':
    case 'content/pageInfo':
    case 'content/digest':
      return hasOnlyKeys(v, ['type']);
    case 'content/setReader':
      return hasOnlyKeys(v, ['type', 'open', 'ask']) && typeof v.open === 'boolean' && (v.ask === undefined || typeof v.ask === 'boolean');
    case 'content/reveal':
      return hasOnlyKeys(v, ['type', 'target']) && isRevealTarget(v.target);
    case 'content/listen':
      return hasOnlyKeys(v, ['type', 'on', 'at']) && isListenCommand(v);
    default:
      return false;
  }
}

/** The part of runtime.MessageSender the guards look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Where a message came from, decided from the sender alone (never from the message):
 * our own extension page (popup/options), our content script in a tab's top frame, or anything else.
 */
export function senderContext(sender: SenderLike, ownId: string, ownOrigin: string): 'extension-page' | 'content' | 'foreign' {
  if (sender.id !== ownId) return 'foreign';
  if (sender.tab === undefined) {
    return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin) ? 'extension-page' : 'foreign';
  }
  return sender.frameId === 0 && isTabId(sender.tab.id) ? 'content' : 'foreign';
}


// The guards the contexts call: each wrapped so that no value, however hostile, makes it throw.
export const isPopupRequest = safely(isPopupRequestUnsafe);
export const isAnalyzeInput = safely(isAnalyzeInputUnsafe);
export const isContentEvent = safely(isContentEventUnsafe);
export const isOffscreenRequest = safely(isOffscreenRequestUnsafe);
export const isRevealTarget = safely(isRevealTargetUnsafe);
export const isToContent = safely(isToContentUnsafe);

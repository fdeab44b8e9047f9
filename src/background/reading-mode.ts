// The reading-mode state machine: every gesture (popup, shortcut, menu) goes through these functions.
import browser from 'webextension-polyfill';
import type { PrepareResult, ReaderReply, RevealTarget, UnsupportedReason } from '../common/messages';
import { classifyUrl } from '../common/url-support';
import { showReadingBadge } from './badge';
import { ensureContentScript, pingContent, sendToContent } from './injection';
import { inTabOrder } from './tab-queue';
import { documentCount, getTabState, setTabState } from './tab-state';

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

type Readiness = { ok: true } | { ok: false; reason: UnsupportedReason; url: string };

/** Check the URL, then inject; every failure becomes a reason the popup can explain. */
async function makeReady(tabId: number): Promise<Readiness> {
  const url = await tabUrl(tabId);
  const support = classifyUrl(url, url?.startsWith('file:') ? await fileAccessAllowed() : false);
  if (!support.ok) return { ok: false, reason: support.reason, url: url ?? '' };
  try {
    await ensureContentScript(tabId);
    return { ok: true };
  } catch {
    // After a gesture, activeTab reveals the URL of any ordinary page: a URL still hidden means a page the
    // browser keeps to itself (chrome://, about:, data:…), where reloading would not help.
    return { ok: false, reason: url === undefined ? 'browser-page' : 'injection-failed', url: url ?? '' };
  }
}

/** Popup open: make the tab ready and describe it. */
export async function prepareTab(tabId: number): Promise<PrepareResult> {
  const since = documentCount(tabId);
  const ready = await makeReady(tabId);
  if (!ready.ok) return { state: 'unsupported', tabId, reason: ready.reason, url: ready.url };
  const page = await sendToContent(tabId, { type: 'content/pageInfo' });
  if (page.contentType === 'application/pdf') return { state: 'unsupported', tabId, reason: 'pdf-viewer', url: page.url };
  const ping = await pingContent(tabId);
  const reading = ping?.readerOpen === true;
  if (documentCount(tabId) === since) await recordReading(tabId, reading);
  return { state: 'ready', tabId, reading, listening: ping?.listening === true, page };
}

async function writeReading(tabId: number, reading: boolean): Promise<void> {
  await setTabState(tabId, { reading });
  await showReadingBadge(tabId, reading);
}

/** Record whether the tab is in reading mode, and show it on the badge (in the order of the calls, per tab). */
export function recordReading(tabId: number, reading: boolean): Promise<void> {
  return inTabOrder(tabId, () => writeReading(tabId, reading));
}

/**
 * Ask the tab's current document whether its reader is open, and record that. A content script's own report is a
 * reason to look, not a fact: it may come from a document the tab is already leaving, whose "open" would otherwise
 * light the badge on the next page.
 */
export function recheckReading(tabId: number): Promise<void> {
  return inTabOrder(tabId, async () => {
    const since = documentCount(tabId);
    const ping = await pingContent(tabId);
    if (documentCount(tabId) === since) await writeReading(tabId, ping?.readerOpen === true);
  });
}

/**
 * Record the page's answer to a gesture that began while the tab showed document number `since`. When the tab has
 * started loading another document meanwhile, the answer is from the one being left: reading mode is off.
 */
async function recordReply(tabId: number, since: number, reply: ReaderReply): Promise<ReaderReply> {
  if (documentCount(tabId) !== since) return { open: false };
  await recordReading(tabId, reply.open);
  return reply;
}

/** `ask`: a gesture that did not look at the page first (the shortcut) lets the page ask before opening a non-article. */
export async function setReading(tabId: number, on: boolean, ask = false): Promise<ReaderReply> {
  const since = documentCount(tabId);
  if (on) {
    const ready = await makeReady(tabId);
    if (!ready.ok) return { open: false };
  } else if (!(await pingContent(tabId))) {
    await recordReading(tabId, false);
    return { open: false };
  }
  const reply = await sendToContent(tabId, ask ? { type: 'content/setReader', open: on, ask } : { type: 'content/setReader', open: on });
  return recordReply(tabId, since, reply);
}

/** Popup: jump to a quotation or a fact's sentence, opening the reader first when needed. */
export async function revealInReader(tabId: number, target: RevealTarget): Promise<ReaderReply> {
  const since = documentCount(tabId);
  const ready = await makeReady(tabId);
  if (!ready.ok) return { open: false };
  const reply = await sendToContent(tabId, { type: 'content/reveal', target });
  return recordReply(tabId, since, reply);
}

/** Shortcut: flip whatever the page shows now (the content script is the source of truth). */
export async function toggleReading(tabId: number): Promise<ReaderReply> {
  const ping = await pingContent(tabId);
  return setReading(tabId, !(ping?.readerOpen ?? false), true);
}

export async function readingState(tabId: number): Promise<{ reading: boolean; injected: boolean }> {
  const [state, ping] = await Promise.all([getTabState(tabId), pingContent(tabId)]);
  return { reading: state.reading, injected: ping !== null };
}

/** Popup: read aloud on or off (undefined toggles), from a quotation's or fact's sentence, opening the reader first. */
export async function listenInReader(tabId: number, on: boolean | undefined, at: RevealTarget | undefined): Promise<ReaderReply> {
  const since = documentCount(tabId);
  const ready = await makeReady(tabId);
  if (!ready.ok) return { open: false, listening: false };
  const command: { on?: boolean; at?: RevealTarget } = {};
  if (on !== undefined) command.on = on;
  if (at) command.at = at;
  const reply = await sendToContent(tabId, { type: 'content/listen', ...command });
  return recordReply(tabId, since, reply);
}

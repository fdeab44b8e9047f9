// Puts the content script into a tab on a user gesture, exactly once per document.
import browser from 'webextension-polyfill';
import { LISTEN_PORT, type PingReply, type ToContent, type Replies } from '../common/messages';

/** The self-contained content script emitted by the build at the extension's root. */
export const CONTENT_SCRIPT_FILE = 'content.js';
/** The speech script, put into the content script's world on the first press of Listen (it guards itself). */
export const LISTEN_SCRIPT_FILE = 'listen.js';

export async function sendToContent<M extends ToContent>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Replies[M['type']];
}

/** Ask the tab's content script if it is there; a missing receiver rejects, which means "not injected". */
export async function pingContent(tabId: number): Promise<PingReply | null> {
  try {
    const reply = await sendToContent(tabId, { type: 'content/ping' });
    return reply && reply.ok === true ? reply : null;
  } catch {
    return null;
  }
}

/**
 * Inject unless this document already has the script. The script also guards itself,
 * so two gestures racing each other still leave one instance.
 */
export async function ensureContentScript(tabId: number): Promise<PingReply> {
  const existing = await pingContent(tabId);
  if (existing) return existing;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  const fresh = await pingContent(tabId);
  if (!fresh) throw new Error('content script did not answer after injection');
  return fresh;
}

/** Listen was pressed in a tab whose content script is there: add the speech script to its world (top frame). */
export async function injectListenScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LISTEN_SCRIPT_FILE] });
}

/**
 * Accept the speech script's port and only hold it: when the extension reloads or is removed the port drops,
 * which is how the page learns to stop speaking. Any other port is refused.
 */
export function watchListenPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LISTEN_PORT || port.sender?.id !== browser.runtime.id || port.sender.tab === undefined) port.disconnect();
  });
}

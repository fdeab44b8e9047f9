// Puts the content script into a tab on a user gesture, exactly once per document.
import browser from 'webextension-polyfill';
import type { PingReply, ToContent, Replies } from '../common/messages';

/** The self-contained content script emitted by the build at the extension's root. */
export const CONTENT_SCRIPT_FILE = 'content.js';

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

// Chrome's offscreen document: parses a copy of a page and runs the article engine on it, so the page's own
// main thread only pays for serialising itself. (Firefox's background page has a DOM and does this itself.)
import browser, { type Runtime } from 'webextension-polyfill';
import { isOffscreenRequest, senderContext } from '../common/messages';
import { extractCopy } from '../background/extract-copy';

const ownOrigin = browser.runtime.getURL('');
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (senderContext(sender, browser.runtime.id, ownOrigin) !== 'extension-page' || !isOffscreenRequest(message)) return undefined;
  return Promise.resolve(extractCopy(message.html, message.url));
});

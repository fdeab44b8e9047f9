// Which tabs the extension may run on, decided from the URL before any injection is tried.
import type { UnsupportedReason } from './messages';

/** Extension galleries: browsers forbid scripting them, so say so instead of failing. */
const STORE_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Schemes of the browser's own pages and viewers, where no extension may inject. */
const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:',
]);

export type UrlSupport = { ok: true } | { ok: false; reason: UnsupportedReason };

/**
 * Classify a tab URL. `undefined` (the browser hid it from us) is allowed through: the injection will tell.
 * `fileAccess` is whether the user let the extension read file:// pages.
 */
export function classifyUrl(url: string | undefined, fileAccess: boolean): UrlSupport {
  if (url === undefined || url === '') return { ok: true };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'browser-page' };
  }
  if (BROWSER_SCHEMES.has(u.protocol)) return { ok: false, reason: 'browser-page' };
  if (u.protocol === 'file:') {
    if (/\.pdf$/i.test(u.pathname)) return { ok: false, reason: 'pdf-viewer' };
    return fileAccess ? { ok: true } : { ok: false, reason: 'file-access' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: 'browser-page' };
  if (STORE_PAGES.some((s) => u.hostname === s.host && u.pathname.startsWith(s.path))) return { ok: false, reason: 'store-page' };
  if (/\.pdf$/i.test(u.pathname)) return { ok: false, reason: 'pdf-viewer' };
  return { ok: true };
}

/** A short site name for the popup header: the host without a leading "www.". */
export function siteLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

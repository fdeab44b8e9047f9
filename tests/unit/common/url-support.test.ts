import { describe, expect, it } from 'vitest';
import { classifyUrl, siteLabel } from '../../../src/common/url-support';

describe('classifyUrl', () => {
  it.each([
    ['https://www.lemonde.fr/international/article/x.html', true],
    ['http://127.0.0.1:8080/page.html', true],
    [undefined, true],
  ])('allows %s', (url, ok) => {
    expect(classifyUrl(url, false).ok).toBe(ok);
  });

  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['view-source:https://a.example', 'browser-page'],
    ['moz-extension://x/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://chrome.google.com/webstore/detail/x', 'store-page'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'store-page'],
    ['https://example.com/report.PDF', 'pdf-viewer'],
    ['file:///home/me/page.html', 'file-access'],
  ])('refuses %s as %s', (url, reason) => {
    expect(classifyUrl(url, false)).toEqual({ ok: false, reason });
  });

  it('allows file pages once the user granted file access', () => {
    expect(classifyUrl('file:///home/me/page.html', true)).toEqual({ ok: true });
  });

  it('labels sites without www', () => {
    expect(siteLabel('https://www.francesoir.fr/a')).toBe('francesoir.fr');
    expect(siteLabel('nope')).toBe('');
  });
});

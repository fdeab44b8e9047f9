// The toolbar badge: shows that reading mode is on in this tab.
import browser from 'webextension-polyfill';

const BADGE_COLOUR = '#1d5c4f';

export async function showReadingBadge(tabId: number, on: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: on ? browser.i18n.getMessage('badgeOn') || 'ON' : '' });
    if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  } catch {
    // The tab may have closed between the event and this call: nothing to show then.
  }
}

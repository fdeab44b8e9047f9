// Which locale the extension's own UI formats dates and numbers in (popup, options, reader): the one its strings are in.

/**
 * The locale the popup's strings are in, so dates and numbers match the words around them: the translation names its
 * own language (`uiLocale` message); the browser's region is kept when it agrees ("en" + "en-GB" → "en-GB").
 * getUILanguage() alone can disagree with the messages served (headless Chromium says en-US under --lang=fr).
 */
export function uiLocale(translation: string, browserLocale: string): string {
  const browserTag = browserLocale.replace(/_/g, '-');
  if (!translation) return browserTag || 'en';
  return browserTag.toLowerCase().split('-')[0] === translation.toLowerCase() ? browserTag : translation;
}

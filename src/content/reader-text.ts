// The reader's strings, from the extension's _locales (the UI follows the browser's language).
import browser from 'webextension-polyfill';
import { uiDirection } from '../common/ui-direction';
import { uiLocale } from '../common/ui-locale';
import type { ReaderText } from './reader/render';

const msg = (key: string, fallback: string, subs?: string[]): string => browser.i18n.getMessage(key, subs) || fallback;

export function readerText(): ReaderText {
  const options: Record<string, string> = {};
  for (const [key, fallback] of [
    ['theme.auto', 'Auto'], ['theme.light', 'Light'], ['theme.sepia', 'Sepia'], ['theme.dark', 'Dark'],
    ['font.serif', 'Serif'], ['font.sans', 'Sans'], ['font.legible', 'Legible'],
    ['width.narrow', 'Narrow'], ['width.medium', 'Medium'], ['width.wide', 'Wide'],
    ['quotes.on', 'On'], ['quotes.off', 'Off'],
  ] as const) {
    options[key] = msg(`opt_${key.replace('.', '_')}`, fallback);
  }
  // The language the strings are served in, and its direction: the browser's own (getUILanguage, @@bidi_dir) can
  // differ, e.g. an English fallback in a Hebrew browser, or headless Chromium saying en-US under --lang=ar.
  const lang = uiLocale(browser.i18n.getMessage('uiLocale'), browser.i18n.getUILanguage());
  return {
    lang,
    dir: uiDirection(lang),
    close: msg('readerClose', 'Close reading mode'),
    smaller: msg('textSmaller', 'Smaller text'),
    larger: msg('textLarger', 'Larger text'),
    settings: msg('readerSettings', 'Reading settings'),
    theme: msg('theme', 'Theme'),
    font: msg('font', 'Font'),
    width: msg('width', 'Width'),
    lineHeight: msg('lineHeight', 'Line spacing'),
    quotes: msg('highlightQuotes', 'Highlight quotations'),
    options,
    readingTime: (minutes) => msg('readingTime', `${minutes} min read`, [String(minutes)]),
    saidBy: (speaker) => msg('saidBy', `Said by ${speaker}`, [speaker]),
    notArticle: msg('notArticle', "This page doesn't look like an article. You can still open it in reading mode."),
    openAnyway: msg('openAnyway', 'Open anyway'),
    dismiss: msg('dismiss', 'Dismiss'),
    play: (provider) => msg('videoPlay', `Play ${provider} video`, [provider]),
    loadsFrom: (host) => msg('videoLoadsFrom', `loads from ${host}`, [host]),
  };
}

// The reader's strings, from the extension's _locales (the UI follows the browser's language).
import browser from 'webextension-polyfill';
import { READING_CHOICES } from '../common/reading-choices';
import { uiDirection } from '../common/ui-direction';
import { uiLocale } from '../common/ui-locale';
import type { ReaderText } from './reader/render';

/**
 * A message of the extension's _locales. Every key the sources name exists in en (tests/unit/common/locales.test.ts),
 * so the browser always has one: no English copy of each string rides along in the content script's budget.
 */
const msg = (key: string, subs?: string[]): string => browser.i18n.getMessage(key, subs) || key;

export function readerText(): ReaderText {
  const labels: Record<string, string> = {};
  const options: Record<string, string> = {};
  for (const choice of READING_CHOICES) {
    labels[choice.label] = msg(choice.label);
    for (const value of choice.values) {
      const key = choice.option(value);
      if (key) options[`${choice.name}.${value}`] = msg(key);
    }
  }
  // The language the strings are served in, and its direction: the browser's own (getUILanguage, @@bidi_dir) can
  // differ, e.g. an English fallback in a Hebrew browser, or headless Chromium saying en-US under --lang=ar.
  const lang = uiLocale(browser.i18n.getMessage('uiLocale'), browser.i18n.getUILanguage());
  return {
    lang,
    dir: uiDirection(lang),
    close: msg('readerClose'),
    smaller: msg('textSmaller'),
    larger: msg('textLarger'),
    settings: msg('readerSettings'),
    listen: msg('listen'),
    labels,
    options,
    customColors: msg('customColors'),
    colorNames: { text: msg('colorText'), background: msg('colorBackground'), links: msg('colorLinks') },
    lowContrast: (ratio) => msg('lowContrast', [ratio]),
    timeLeft: (minutes) => msg('timeLeft', [String(minutes)]),
    finished: msg('readingFinished'),
    readingTime: (minutes) => msg('readingTime', [String(minutes)]),
    saidBy: (speaker) => msg('saidBy', [speaker]),
    notArticle: msg('notArticle'),
    openAnyway: msg('openAnyway'),
    dismiss: msg('dismiss'),
    play: (provider) => msg('videoPlay', [provider]),
    loadsFrom: (host) => msg('videoLoadsFrom', [host]),
  };
}

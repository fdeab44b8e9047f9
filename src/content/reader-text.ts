// The reader's strings, from the extension's _locales (the UI follows the browser's language).
import browser from 'webextension-polyfill';
import { READING_CHOICES } from '../common/reading-choices';
import { uiDirection } from '../common/ui-direction';
import { uiLocale } from '../common/ui-locale';
import type { ReaderText } from './reader/render';

const msg = (key: string, fallback: string, subs?: string[]): string => browser.i18n.getMessage(key, subs) || fallback;

export function readerText(): ReaderText {
  const labels: Record<string, string> = {};
  const options: Record<string, string> = {};
  for (const choice of READING_CHOICES) {
    labels[choice.label] = msg(choice.label, choice.label);
    for (const value of choice.values) {
      const key = choice.option(value);
      if (key) options[`${choice.name}.${value}`] = msg(key, String(value));
    }
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
    labels,
    options,
    customColors: msg('customColors', 'Custom colours'),
    colorNames: { text: msg('colorText', 'Text'), background: msg('colorBackground', 'Background'), links: msg('colorLinks', 'Links') },
    lowContrast: (ratio) => msg('lowContrast', `Low contrast (${ratio}:1): WCAG AA asks for 4.5:1`, [ratio]),
    timeLeft: (minutes) => msg('timeLeft', `${minutes} min left`, [String(minutes)]),
    finished: msg('readingFinished', 'Finished'),
    readingTime: (minutes) => msg('readingTime', `${minutes} min read`, [String(minutes)]),
    saidBy: (speaker) => msg('saidBy', `Said by ${speaker}`, [speaker]),
    notArticle: msg('notArticle', "This page doesn't look like an article. You can still open it in reading mode."),
    openAnyway: msg('openAnyway', 'Open anyway'),
    dismiss: msg('dismiss', 'Dismiss'),
    play: (provider) => msg('videoPlay', `Play ${provider} video`, [provider]),
    loadsFrom: (host) => msg('videoLoadsFrom', `loads from ${host}`, [host]),
  };
}

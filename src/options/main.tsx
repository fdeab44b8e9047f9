// Options page entry: reading defaults and the "always open in reading mode" sites.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { browserSettings } from '../common/browser-settings';
import { uiDirection } from '../common/ui-direction';
import { uiLocale } from '../common/ui-locale';
import { toggleShortcut } from '../common/commands';
import { Options } from './Options';
import type { ShortcutAccess } from './ShortcutSection';
import './options.css';

/** The toggle command's shortcut, and the browser's own page to change it (Firefox 137+ opens it by API). */
function shortcutAccess(): ShortcutAccess {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const isFirefox = browser.runtime.getURL('').startsWith('moz-extension:');
  return {
    current: toggleShortcut,
    ...(typeof commands.openShortcutSettings === 'function'
      ? { openSettings: () => void commands.openShortcutSettings?.() }
      : isFirefox ? {} : { openSettings: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }) }),
  };
}

const root = document.getElementById('app');
if (root) {
  // The language the page's strings are in (not always the browser's), and its direction.
  const language = uiLocale(browser.i18n.getMessage('uiLocale'), browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  document.documentElement.dir = uiDirection(language);
  document.title = browser.i18n.getMessage('optionsTitle') || 'Readlens';
  render(
    <Options
      settings={browserSettings()}
      t={(key, subs) => browser.i18n.getMessage(key, subs) || key}
      removePermission={(pattern) => browser.permissions.remove({ origins: [pattern] })}
      shortcut={shortcutAccess()}
    />,
    root,
  );
}

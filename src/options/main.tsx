// Options page entry: reading defaults and the "always open in reading mode" sites.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { browserSettings } from '../common/browser-settings';
import { uiDirection } from '../common/ui-direction';
import { uiLocale } from '../common/ui-locale';
import { Options } from './Options';
import './options.css';

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
    />,
    root,
  );
}

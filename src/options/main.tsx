// Options page entry: reading defaults and the "always open in reading mode" sites.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { browserSettings } from '../common/browser-settings';
import { Options } from './Options';
import './options.css';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
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

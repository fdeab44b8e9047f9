// Popup entry: renders the app against the real browser connector.
import { render } from 'preact';
import { uiDirection } from '../common/ui-direction';
import { App } from './App';
import { browserConnector } from './connector';
import './popup.css';

const root = document.getElementById('app');
if (root) {
  const connector = browserConnector();
  const language = connector.uiLanguage();
  document.documentElement.lang = language;
  document.documentElement.dir = uiDirection(language);
  render(<App connector={connector} />, root);
}

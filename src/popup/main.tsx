// Popup entry: renders the app against the real browser connector.
import { render } from 'preact';
import { App } from './App';
import { browserConnector } from './connector';
import './popup.css';

const root = document.getElementById('app');
if (root) {
  const connector = browserConnector();
  document.documentElement.lang = connector.uiLanguage();
  render(<App connector={connector} />, root);
}

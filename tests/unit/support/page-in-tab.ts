// One tab whose document is the test's own (jsdom: DOMPurify, which the content script runs, needs it): the content
// script injected into the fake tab runs on that document.
import type { FakeBrowser, FakeTab } from './fake-browser';

/** A news story the article engine recognises, with a quotation for the language engine. */
export function articleHtml(title = 'Harbour storm floods the old town'): string {
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the storm reached the harbour town late on Tuesday, flooding the old streets near the quay. ` +
      `Residents moved their cars to higher ground while the fire brigade pumped water from the cellars until dawn.</p>`,
  ).join('');
  return (
    `<html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<article><h1>${title}</h1><p class="byline">By Ana Costa</p>${paragraphs}` +
    `<p>“We have never seen the water this high,” said Marie Dupont, the harbour master.</p></article>` +
    `<footer>© News Example</footer></body></html>`
  );
}

/** A page the engine can read but does not call an article: the shortcut asks before opening it. */
export const aboutHtml =
  '<html><head><title>About us</title></head><body><main><h1>About us</h1><p>We are a small team of volunteers who run the ' +
  'harbour museum on weekends and organise guided walks for visitors in summer.</p><p>Contact us by email.</p></main></body></html>';

/** A page with nothing to read: a short list of links. */
export const indexHtml = '<html><head><title>Index</title></head><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>';

/** Globals the content script leaves in its world; a new document starts without them. */
const WORLD_KEYS = [Symbol.for('readlens.content'), Symbol.for('readlens.autoOpen')];

/** Puts `html` at `url` in the test's document (a fresh document: no script state) and opens it in a fake tab. */
export function showPage(fake: FakeBrowser, url: string, html: string): FakeTab {
  loadDocument(url, html);
  return fake.openTab(url, { title: document.title });
}

/** The test's document becomes a new one at `url`: what a navigation's commit does to the page. */
export function loadDocument(url: string, html: string): void {
  for (const key of WORLD_KEYS) delete (globalThis as Record<symbol, unknown>)[key];
  (globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } }).jsdom.reconfigure({ url });
  document.documentElement.innerHTML = html.replace(/^<html[^>]*>|<\/html>$/g, '');
  const lang = /^<html[^>]*lang="([^"]+)"/.exec(html)?.[1];
  if (lang) document.documentElement.lang = lang;
  else document.documentElement.removeAttribute('lang');
}

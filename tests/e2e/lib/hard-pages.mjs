// Helpers for the hard-page suites: a generated heavy article page, page-side probes that see through shadow roots,
// frames and poisoned realms, reader open/close through the real gestures, and error collection.
import { settledPopup } from './chromium.mjs';
import { isClosed, isOpen, readerInfo } from './reader.mjs';
import { waitFor } from './wait.mjs';

/** Deterministic pseudo-random numbers (LCG), so the heavy page is the same on every run. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SUBJECTS = ['The district council', 'The water company', 'A group of residents', 'The head teacher', 'The bus operator', 'The health trust', 'Local traders', 'The fire service'];
const VERBS = ['said on Tuesday that', 'confirmed that', 'warned that', 'announced that', 'told the meeting that', 'wrote in a letter that'];
const CLAIMS = [
  '%n new homes would be built on the site of the old quarry',
  'the bridge would close for %n days while the deck is repaired',
  'about %n people had signed the petition since January',
  'the budget for road repairs would rise by %n per cent next year',
  'the library would open for %n more hours every week',
  '%n trees would be planted along the ring road before the spring',
];
const TAILS = ['and residents will be consulted in May.', 'although the plans still need approval.', 'after months of complaints from parents.', 'despite objections from two councillors.', 'which should be finished by the autumn.'];

/**
 * An article page of roughly 8,000 nodes: a long story (60 paragraphs) in a page loaded with navigation, a data table,
 * comments and a sidebar — the kind of page where leaks show. Original generated text.
 */
export function heavyPage() {
  const r = rng(7);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAIMS).replace('%n', String(2 + Math.floor(r() * 400)))}, ${pick(TAILS)}`;
  const paragraphs = Array.from({ length: 60 }, () => `<p>${sentence()} ${sentence()} ${sentence()}</p>`).join('\n');
  const nav = Array.from({ length: 40 }, (_, s) => `<li><span>Section ${s + 1}</span><ul>${Array.from({ length: 25 }, (_, i) => `<li><a href="/s${s}/p${i}">Topic ${s}.${i}</a></li>`).join('')}</ul></li>`).join('');
  const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>${i + 1}</td><td>Ward ${i % 17}</td><td>${Math.floor(r() * 1000)}</td><td>${Math.floor(r() * 100)}%</td></tr>`).join('');
  const comments = Array.from({ length: 250 }, (_, i) => `<div class="comment"><b>Reader${i}</b> <span>${i + 1} hours ago</span><p>${pick(TAILS)}</p></div>`).join('');
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>What the council decided this year: the full record – Generated Gazette</title>
<link rel="stylesheet" href="/hard/hard.css"></head>
<body><header class="site"><a href="/">Generated Gazette</a></header>
<nav class="mega"><ul>${nav}</ul></nav>
<main><article><h1>What the council decided this year: the full record</h1><p class="byline">By the Generated Gazette staff</p>
${paragraphs}
</article>
<aside class="rail"><h2>Results by ward</h2><table>${rows}</table></aside>
<section class="comments"><h2>Comments</h2>${comments}</section></main>
<footer class="site">© Generated Gazette</footer></body></html>`;
}

/**
 * Evaluate `fn(...args)` in a private isolated world of the page's main frame, so poisoned page built-ins
 * (Array.prototype.map, JSON, querySelector…) cannot bend the probe and the page cannot see it.
 */
export async function worldEval(page, fn, ...args) {
  const client = await page.createCDPSession();
  try {
    const frameId = page.mainFrame()._id;
    const { executionContextId } = await client.send('Page.createIsolatedWorld', { frameId, worldName: 'readlens-e2e-probe' });
    const expression = `(${fn.toString()})(...${JSON.stringify(args)})`;
    const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await client.detach().catch(() => {});
  }
}

/** Runs in the page: the reader as seen from the DOM (same fields as lib/reader.mjs, plus the body text). */
export function probeReaderText() {
  const hosts = document.querySelectorAll('readlens-reader, [data-readlens-reader]');
  const root = hosts[0] && hosts[0].shadowRoot;
  const q = (id) => (root ? root.querySelector(`[data-testid="${id}"]`) : null);
  return {
    hostCount: hosts.length,
    reader: Boolean(q('reader')),
    title: q('reader-title') ? q('reader-title').textContent.replace(/\s+/g, ' ').trim() : null,
    body: q('reader-body') ? q('reader-body').textContent.replace(/\s+/g, ' ').trim() : '',
  };
}

/**
 * Runs in the page: every <article> (or the first <h1>'s parent) found in the document, its open shadow roots and its
 * same-origin frames — headline and paragraphs, whitespace-normalised. What a reader would call "the story".
 */
export function probeStories() {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const out = [];
  const walk = (root, where) => {
    for (const heading of root.querySelectorAll('h1, article h2')) {
      const box = heading.closest('article') ?? heading.parentNode;
      const paras = [...box.querySelectorAll('p')].filter((p) => !p.classList.contains('byline')).map((p) => norm(p.textContent));
      // Paragraphs that live in a nested shadow root below the story's box.
      for (const el of box.querySelectorAll('*')) if (el.shadowRoot) for (const p of el.shadowRoot.querySelectorAll('p')) paras.push(norm(p.textContent));
      out.push({ where, title: norm(heading.textContent), paragraphs: paras });
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && el.tagName.toLowerCase() !== 'readlens-reader' && !el.hasAttribute('data-readlens-reader')) walk(el.shadowRoot, `${where}>shadow(${el.tagName.toLowerCase()})`);
      if (el.tagName === 'IFRAME') {
        try {
          if (el.contentDocument) walk(el.contentDocument, `${where}>iframe`);
        } catch {
          // cross-origin frame: not ours to read
        }
      }
    }
  };
  walk(document, 'document');
  return out;
}

/** How much of `story` the reader shows: the title match and the share of paragraphs found in the reader body. */
export function coverage(reader, story) {
  const found = story.paragraphs.filter((p) => reader.body.includes(p.slice(0, 80)));
  return { titleMatches: reader.title === story.title, found: found.length, total: story.paragraphs.length };
}

/** Collect page errors and console errors/warnings while a test runs; `stop()` returns them. */
export function collectErrors(page) {
  const seen = [];
  const onError = (err) => seen.push({ kind: 'pageerror', text: String(err?.message ?? err) });
  const onConsole = (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warn' || msg.type() === 'warning') seen.push({ kind: `console.${msg.type()}`, text: msg.text(), url: msg.location()?.url ?? '' });
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  return {
    seen,
    stop() {
      page.off('pageerror', onError);
      page.off('console', onConsole);
      return seen;
    },
  };
}

/** Open the reader the way a user does first time: a real toolbar click, then the popup's switch. Returns { popup, tabId, info }. */
export async function openFromPopup(chromium, page, probe = () => readerInfo(page)) {
  const { popup, tabId } = await chromium.clickToolbar(page);
  const settled = await settledPopup(popup);
  if (settled.state !== 'ready') throw new Error(`popup is ${settled.state}: ${settled.message}`);
  await popup.click('[data-testid="reading-toggle"]');
  const info = await waitFor(probe, { accept: isOpen, timeout: 10000, what: 'the reader to open from the popup switch' });
  await chromium.closePopups();
  await page.bringToFront();
  return { tabId, info, popupInfo: settled };
}

/** Close the reader through the keyboard command's handler (the tab already holds the toolbar click's activeTab grant). */
export async function closeWithCommand(chromium, page, probe = () => readerInfo(page)) {
  await page.bringToFront();
  await chromium.command('toggle-reading-mode');
  return waitFor(probe, { accept: isClosed, timeout: 10000, what: 'the reader to close from the command' });
}

/**
 * Evaluate `fn(...args)` inside the extension's content-script world of `page` (found through CDP Runtime contexts:
 * the isolated world whose origin is the extension's). Lets a test act as the content script — e.g. send messages
 * with a content-script sender — without changing the extension.
 */
export async function contentWorldEval(page, extId, fn, ...args) {
  const client = await page.createCDPSession();
  try {
    const contexts = [];
    client.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await client.send('Runtime.enable');
    const frameId = page.mainFrame()._id;
    const ctx = contexts.find((c) => c.origin === `chrome-extension://${extId}` && c.auxData?.frameId === frameId && c.auxData?.type === 'isolated');
    if (!ctx) throw new Error(`no content-script world in the page (contexts: ${contexts.map((c) => `${c.name}@${c.origin}`).join(', ')})`);
    // A string is taken as a ready expression (for callers that assemble one from several functions).
    const expression = typeof fn === 'string' ? fn : `(${fn.toString()})(...${JSON.stringify(args)})`;
    const { result, exceptionDetails } = await client.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`content-world evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await client.detach().catch(() => {});
  }
}

// Prints the body paragraphs of a readability fixture's expected.html (the text a gold annotation is made on).
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { requireSharedData, sharedDataRoot } from './lib/shared-data.mjs';

/** Block elements whose text is one paragraph for the language engine. */
const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, figcaption, td';

export function goldParagraphs(html) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // keep leaf blocks only so text is not counted twice
    if (el.closest('figcaption') && el.tagName !== 'FIGCAPTION') continue;
    const text = el.textContent.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const shared = sharedDataRoot(process.cwd());
  requireSharedData(shared, ['pages/readability']);
  for (const name of process.argv.slice(2)) {
    const html = fs.readFileSync(path.join(shared, 'pages/readability', name, 'expected.html'), 'utf8');
    goldParagraphs(html).forEach((p, i) => console.log(`[${i}] ${p}`));
  }
}

// The popup's shipped bundle: the HTML's scripts and styles plus every chunk they import, with raw and gzip sizes.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { popupPath } from './chromium.mjs';
import { distChrome } from './paths.mjs';

/** Relative module specifiers in built JS (static `import … from "./x.js"`, `import "./x.js"`, dynamic `import("./x.js")`). */
const IMPORTS = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

export function popupBundle(extDir = distChrome) {
  const html = path.join(extDir, popupPath(extDir));
  const source = fs.readFileSync(html, 'utf8');
  const refs = [...source.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const resolve = (from, ref) => (ref.startsWith('/') ? path.join(extDir, ref) : path.resolve(path.dirname(from), ref));
  const files = new Set();
  const queue = refs.map((r) => resolve(html, r));
  while (queue.length) {
    const file = queue.pop();
    if (files.has(file) || !fs.existsSync(file)) continue;
    files.add(file);
    if (file.endsWith('.js')) for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORTS)) queue.push(resolve(file, m[1]));
  }
  const list = [...files].map((f) => {
    const buf = fs.readFileSync(f);
    return { file: path.relative(extDir, f), raw: buf.length, gzip: gzipSync(buf).length };
  });
  return { files: list, raw: list.reduce((n, f) => n + f.raw, 0), gzip: list.reduce((n, f) => n + f.gzip, 0) };
}

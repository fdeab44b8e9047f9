// The sweep's page list (every shared real page) and the loopback server that serves each one as the web would:
// gunzipped, with a charset in its Content-Type, and nothing else (a page's own subresources 404).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listenOnLoopback } from '../../e2e/lib/server.mjs';

/** Every page under shared/pages: { id, set, file, route, readerable? }, readability first, in name order. */
export function listPages(sharedRoot) {
  const base = path.join(sharedRoot, 'pages');
  const readabilityDir = path.join(base, 'readability');
  const readability = fs
    .readdirSync(readabilityDir)
    .filter((name) => fs.existsSync(path.join(readabilityDir, name, 'source.html')))
    .sort()
    .map((name) => {
      const metaFile = path.join(readabilityDir, name, 'expected-metadata.json');
      const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
      return { id: `readability/${name}`, set: 'readability', file: path.join(readabilityDir, name, 'source.html'), route: `/readability/${name}/`, readerable: meta.readerable ?? null, expectedTitle: meta.title ?? null };
    });
  const benchDir = path.join(base, 'articlebench-dev/html');
  const bench = fs
    .readdirSync(benchDir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.html\.gz$/, '');
      return { id: `articlebench/${id}`, set: 'articlebench', file: path.join(benchDir, name), route: `/articlebench/${id}.html`, readerable: null, expectedTitle: null };
    });
  return [...readability, ...bench];
}

/** The page's bytes, gunzipped when stored as .gz. */
export function pageBytes(file) {
  const raw = fs.readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** The charset the page declares in its first bytes (<meta charset> or http-equiv), lower-cased, or null. */
export function declaredCharset(bytes) {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The charset to send: the bytes' own when they are valid UTF-8 (saved pages were re-encoded to UTF-8, and some kept
 * their old meta, e.g. qq declares gb2312), else the declared one, else windows-1252 as browsers assume.
 */
export function servedCharset(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return declaredCharset(bytes) ?? 'windows-1252';
  }
}

/** Serve `pages` at their routes on 127.0.0.1; everything else is a 404. Resolves to listenOnLoopback's handle. */
export function startPageServer(pages) {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = byRoute.get(decodeURIComponent(pathname));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const body = pageBytes(page.file);
    res.writeHead(200, { 'content-type': `text/html; charset=${servedCharset(body)}`, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(body);
  });
  return listenOnLoopback(server);
}

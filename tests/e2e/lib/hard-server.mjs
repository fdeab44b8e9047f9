// HTTP server on 127.0.0.1 for the hard-page e2e tests: the fixture pages plus per-page response headers (a strict CSP),
// a generated heavy page, and a log of every request it receives (a second witness for the privacy test).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixturePages } from './paths.mjs';
import { heavyPage } from './hard-pages.mjs';
import { CONTENT_TYPES, inside, listenOnLoopback } from './server.mjs';

/** The strictest policy a news site might send: no inline code or style, and DOM sinks closed by Trusted Types. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Extra response headers by path, each with the reason it exists. */
const HEADER_RULES = [
  // The strict-CSP page: the reader must open without inline styles, inline scripts or Trusted-Types-guarded sinks.
  { test: (p) => p === '/hard/csp.html', headers: { 'content-security-policy': STRICT_CSP } },
];

/** Pages built on request, too large to keep as files. */
const GENERATED = {
  '/hard/gen/heavy.html': () => heavyPage(),
};

/** Start the server; resolves to { origin, url(path), requests, close() }. `requests` lists { path, at } in arrival order. */
export async function startHardServer() {
  const requests = [];
  const cache = new Map();
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: req.url ?? '', at: Date.now() });
    const headers = Object.assign({ 'cache-control': 'no-store' }, ...HEADER_RULES.filter((r) => r.test(pathname)).map((r) => r.headers));
    try {
      let body;
      let type;
      if (GENERATED[pathname]) {
        if (!cache.has(pathname)) cache.set(pathname, Buffer.from(GENERATED[pathname](), 'utf8'));
        body = cache.get(pathname);
        type = CONTENT_TYPES['.html'];
      } else {
        const file = inside(fixturePages, decodeURIComponent(pathname));
        if (!file) throw new Error('outside the fixture folder');
        body = await fs.readFile(file);
        type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      }
      res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return { ...(await listenOnLoopback(server)), requests };
}

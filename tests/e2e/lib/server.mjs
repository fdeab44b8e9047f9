// Static HTTP server on 127.0.0.1 (random port) for the e2e fixture pages, the Readability test pages and a few special routes.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixturePages, readabilityPages, repoRoot } from './paths.mjs';

/** Content types by file extension; anything else is served as bytes. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny valid one-page PDF, so the browser treats the route as a PDF document. */
const FAKE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** Routes that stand for page states the extension must handle, not for fixture files. */
const SPECIAL_ROUTES = {
  '/state/document.pdf': { type: 'application/pdf', body: FAKE_PDF },
  '/state/plain.txt': { type: 'text/plain; charset=utf-8', body: Buffer.from('Just some plain text, not an article.\n') },
};

/** Resolve `rel` under `root`, refusing anything that escapes it. */
export function inside(root, rel) {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

/** Map a request path to a file: /readability/<name>/ → tests/fixtures/readability/<name>/source.html, everything else → tests/fixtures/pages. */
function fileFor(pathname) {
  const m = /^\/readability\/([^/]+)\/(.*)$/.exec(pathname);
  if (m) {
    const dir = inside(readabilityPages, m[1]);
    if (!dir) return null;
    return m[2] === '' || m[2] === 'index.html' ? path.join(dir, 'source.html') : inside(dir, m[2]);
  }
  return inside(fixturePages, pathname.endsWith('/') ? pathname + 'index.html' : pathname);
}

/** Start the server; resolves to { origin, url(path), close() }. */
export async function startServer() {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const special = SPECIAL_ROUTES[pathname];
    if (special) {
      res.writeHead(200, { 'content-type': special.type, 'content-length': special.body.length });
      res.end(special.body);
      return;
    }
    const file = fileFor(decodeURIComponent(pathname));
    try {
      if (!file) throw new Error('outside the served folders');
      const body = await fs.readFile(file);
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      // A page a test asked for by name must exist: say which fixture is missing instead of a bare 404.
      if (file && /^\/readability\/[^/]+\/$/.test(pathname)) console.error(`# missing test fixture ${path.relative(repoRoot, file)} (see tests/fixtures/README.md)`);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return listenOnLoopback(server);
}

/** Listen on 127.0.0.1 at a free port; resolves to { origin, url(path), close() }. */
export async function listenOnLoopback(server) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

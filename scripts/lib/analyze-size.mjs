// Size of the language engine as the extension carries it: src/core/analyze/engine.ts as one minified ESM bundle,
// without word lists (lang/data/*.json ship as separate files the background fetches when an article needs them).
// The build checks it against ANALYZE_GZIP_BUDGET; `npm run bench:analyze` prints it with what its bytes are made of.
import { build } from 'rolldown';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * `{ minified, gzip }` in bytes; with `{ modules: true }` also each source module's share, largest first: its
 * minified bytes, and its marginal gzip bytes (how much the minified modules together shrink without it, so what it
 * costs beside the others' shared vocabulary).
 */
export async function analyzeEngineSize(root, { modules = false } = {}) {
  const bundle = await build({
    input: path.join(root, 'src/core/analyze/engine.ts'),
    write: false,
    output: { format: 'esm', minify: true },
    logLevel: 'silent',
  });
  const [chunk] = bundle.output;
  const size = { minified: Buffer.byteLength(chunk.code), gzip: gzip(chunk.code) };
  if (!modules) return size;
  // Only the breakdown needs rolldown's experimental minifier: the build's budget check does without it.
  const { minifySync } = await import('rolldown/experimental');
  const parts = Object.entries(chunk.modules).map(([id, m]) => ({
    module: path.relative(root, id),
    code: minifySync(path.basename(id), m.code ?? '', { compress: false }).code,
  }));
  const together = gzip(parts.map((p) => p.code).join('\n'));
  const shares = parts.map((p, i) => ({
    module: p.module,
    minified: Buffer.byteLength(p.code),
    gzip: together - gzip(parts.filter((_, j) => j !== i).map((q) => q.code).join('\n')),
  }));
  return { ...size, modules: shares.sort((a, b) => b.gzip - a.gzip) };
}

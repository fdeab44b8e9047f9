// Measures what the article engine adds to the content script: minified + gzip size of extractArticle/isArticle
// with and without the DOMPurify sanitiser (budget: ≤ 25 KB gzip with the sanitiser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-size-'));
const entry = path.join(tmp, 'entry.ts');
fs.writeFileSync(entry, `export { extractArticle, isArticle } from ${JSON.stringify(path.join(root, 'src/core/extract/index.ts'))};
export { createPurifySanitizer } from ${JSON.stringify(path.join(root, 'src/core/extract/purify.ts'))};\n`);
const BUDGET = 25 * 1024;
for (const [name, file] of [['engine + DOMPurify', entry], ['engine only', path.join(root, 'src/core/extract/index.ts')]]) {
  await build({
    configFile: false, root, logLevel: 'error',
    build: { lib: { entry: file, formats: ['es'], fileName: 'bundle' }, outDir: path.join(tmp, 'out'), emptyOutDir: true, minify: true, target: 'es2022', rollupOptions: { output: { entryFileNames: 'bundle.js' } } },
  });
  const code = fs.readFileSync(path.join(tmp, 'out/bundle.js'));
  const gz = zlib.gzipSync(code, { level: 9 }).length;
  console.log(`${name.padEnd(18)} ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzip${name.includes('DOMPurify') ? ` (budget ${BUDGET / 1024} KB: ${gz <= BUDGET ? 'ok' : 'OVER'})` : ''}`);
}
fs.rmSync(tmp, { recursive: true, force: true });

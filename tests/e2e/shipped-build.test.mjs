// What `npm run build` ships (dist/), as opposed to the e2e build the other suites load: no test hooks, no page
// a browser never opens, every file it loads present, the content script within its budget.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_GZIP_BUDGET, LISTEN_GZIP_BUDGET } from '../../scripts/lib/budgets.mjs';
import { listFiles, localReferences } from '../../scripts/lib/prune-unreachable.mjs';
import { distRoot, shippedRoot } from './lib/paths.mjs';

const read = (dir, file) => fs.readFileSync(path.join(dir, file), 'utf8');
const manifestOf = (dir) => JSON.parse(read(dir, 'manifest.json'));

for (const target of ['chrome', 'firefox']) {
  const dir = path.join(shippedRoot, target);
  describe(`shipped ${target} build`, () => {
    it('exists (npm run build)', () => assert.ok(fs.existsSync(path.join(dir, 'manifest.json')), `${dir}/manifest.json is missing: run npm run build`));

    it('carries no test hook', async () => {
      const code = (await listFiles(dir)).filter((f) => /\.(?:js|html)$/.test(f));
      assert.ok(code.length > 5, 'the build has its scripts');
      const hooked = code.filter((f) => read(dir, f).includes('readlensDebug'));
      assert.deepEqual(hooked, [], 'readlensDebug is compiled out of shipped builds');
      const recorders = code.filter((f) => read(dir, f).includes('data-e2e-speech-log'));
      assert.deepEqual(recorders, [], "the e2e build's speech recorder is compiled out of shipped builds");
    });

    it('exposes nothing to pages (no web_accessible_resources) and packs the reader font with its licence', () => {
      const manifest = manifestOf(dir);
      assert.equal(manifest.web_accessible_resources, undefined);
      const faces = JSON.parse(read(dir, 'fonts/faces.json'));
      assert.ok(faces.length >= 4);
      for (const f of faces) assert.ok(fs.statSync(path.join(dir, 'fonts', f.file)).size > 5000, `${f.file} is there`);
      assert.match(read(dir, 'fonts/OFL.txt'), /SIL OPEN FONT LICENSE/i);
    });

    it('has every file its scripts and pages load', async () => {
      const files = await listFiles(dir);
      const missing = files
        .filter((f) => /\.(?:js|html)$/.test(f))
        .flatMap((f) => localReferences(f, read(dir, f)).filter((ref) => !files.includes(ref)).map((ref) => `${f} → ${ref}`));
      assert.deepEqual(missing, []);
    });

    it(`keeps content.js within ${CONTENT_GZIP_BUDGET / 1024} KB gzip`, () => {
      const gzip = gzipSync(fs.readFileSync(path.join(dir, 'content.js')), { level: 9 }).length;
      console.log(`${target} content.js: ${(gzip / 1024).toFixed(1)} KB gzip`);
      assert.ok(gzip <= CONTENT_GZIP_BUDGET, `${gzip} bytes gzip`);
    });

    it(`ships the speech script listen.js apart, within ${LISTEN_GZIP_BUDGET / 1024} KB gzip`, () => {
      const code = fs.readFileSync(path.join(dir, 'listen.js'));
      const gzip = gzipSync(code, { level: 9 }).length;
      console.log(`${target} listen.js: ${(gzip / 1024).toFixed(1)} KB gzip`);
      assert.ok(gzip <= LISTEN_GZIP_BUDGET, `${gzip} bytes gzip`);
      assert.ok(!fs.readFileSync(path.join(dir, 'content.js'), 'utf8').includes('speechSynthesis'), 'the content script carries no speech code');
    });
  });
}

describe('offscreen document', () => {
  it('Chrome ships it with its permission; Firefox, whose background has a DOM, ships neither', async () => {
    const chrome = path.join(shippedRoot, 'chrome');
    const firefox = path.join(shippedRoot, 'firefox');
    assert.ok(manifestOf(chrome).permissions.includes('offscreen'));
    assert.ok(fs.existsSync(path.join(chrome, 'src/offscreen/index.html')));
    assert.ok(!manifestOf(firefox).permissions.includes('offscreen'));
    const offscreenFiles = (await listFiles(firefox)).filter((f) => f.includes('offscreen'));
    assert.deepEqual(offscreenFiles, []);
  });
});

describe('browser floors', () => {
  it("Chrome's manifest names its minimum version (runtime.getContexts: 116); Firefox's has its own floor instead", () => {
    assert.equal(manifestOf(path.join(shippedRoot, 'chrome')).minimum_chrome_version, '116');
    const firefox = manifestOf(path.join(shippedRoot, 'firefox'));
    assert.equal(firefox.minimum_chrome_version, undefined);
    assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '140.0');
  });
});

describe('e2e build', () => {
  it('is the shipped code plus the hooks the other suites drive', () => {
    const worker = manifestOf(path.join(distRoot, 'chrome')).background.service_worker;
    const loader = read(path.join(distRoot, 'chrome'), worker);
    const entry = localReferences(worker, loader)[0];
    assert.ok(entry && read(path.join(distRoot, 'chrome'), entry).includes('readlensDebug'), 'npm run build:e2e exposes readlensDebug');
    assert.ok(read(path.join(distRoot, 'chrome'), 'listen.js').includes('data-e2e-speech-log'), 'npm run build:e2e records speech');
  });
});

// Where the e2e suite finds the repo, its fixture pages, the built extension, the browsers and its artifacts folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * The e2e build (`npm run build:e2e`: the shipped code plus the background's test hooks). READLENS_DIST lets the
 * harness be checked against another build (it must hold chrome/ and firefox/).
 */
export const distRoot = process.env.READLENS_DIST ? path.resolve(process.env.READLENS_DIST) : path.join(repoRoot, 'dist/e2e');
/** What `npm run build` ships (checked by shipped-build.test.mjs, loaded by `npm start`). */
export const shippedRoot = path.join(repoRoot, 'dist');
export const distChrome = path.join(distRoot, 'chrome');
export const distFirefox = path.join(distRoot, 'firefox');
export const fixturePages = path.join(repoRoot, 'tests/fixtures/pages');
/** Mozilla Readability test pages copied into the repo, served at /readability/<name>/. */
export const readabilityPages = path.join(repoRoot, 'tests/fixtures/readability');
export const artifactsDir = path.join(repoRoot, 'artifacts/e2e');
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The Firefox build's add-on id (browser_specific_settings.gecko.id). */
export const geckoId = 'readlens@readlens.app';
/** The sample article every suite opens. */
export const samplePage = '/francesoir-mossoul.html';

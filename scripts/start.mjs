// The demo: build, serve the sample article on 127.0.0.1, open Chromium with Readlens, click its toolbar button
// and turn reading mode on. Headed when there is a display; headless otherwise, saving screenshots.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from '../tests/e2e/lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const extDir = path.join(root, 'dist/chrome');
const outDir = path.join(root, 'artifacts/demo');
const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

if (!existsSync(chromePath)) {
  console.error(`Chromium not found at ${chromePath}. Install Debian's: sudo apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(1);
}
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const server = await startServer();
const profile = mkdtempSync(path.join(os.tmpdir(), 'readlens-demo-'));
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless,
  pipe: true,
  enableExtensions: [extDir],
  userDataDir: profile,
  defaultViewport: headless ? { width: 1280, height: 900 } : null,
  args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(headless ? ['--disable-gpu'] : [])],
});
const cleanup = async () => {
  await browser.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

try {
  let ext;
  for (let i = 0; i < 100 && !ext; i++) {
    ext = [...(await browser.extensions()).values()][0];
    if (!ext) await new Promise((r) => setTimeout(r, 100));
  }
  if (!ext) throw new Error('the extension did not load');
  const sampleUrl = `${server.origin}/francesoir-mossoul.html`;
  const [first] = await browser.pages();
  const page = first ?? (await browser.newPage());
  await page.goto(sampleUrl, { waitUntil: 'load' });
  console.log(`Sample article: ${sampleUrl}`);
  if (headless) mkdirSync(outDir, { recursive: true });
  if (headless) await page.screenshot({ path: path.join(outDir, '1-page.png') });

  // A real click on the toolbar button, then the popup's own switch.
  await page.triggerExtensionAction(ext);
  const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url().startsWith(`chrome-extension://${ext.id}/`));
  const popup = await target.asPage();
  await popup.waitForSelector('[data-testid=popup][data-state=ready]', { timeout: 15000 });
  await popup.click('[data-testid=reading-toggle]');
  await page.waitForFunction(() => document.querySelector('readlens-reader')?.shadowRoot?.querySelector('[data-testid=reader]'), { timeout: 15000 });
  console.log('Reading mode is on: the popup and the reader are open.');
  if (headless) {
    // The popup as shown: a full-page capture of a popup repeats it down the image in Chromium.
    await popup.screenshot({ path: path.join(outDir, '3-popup.png') });
    await page.screenshot({ path: path.join(outDir, '2-reader.png') });
    console.log(`No display: screenshots of the page, the reader and the popup are in ${path.relative(process.cwd(), outDir)}/`);
    await cleanup();
  } else {
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
    browser.on('disconnected', () => void cleanup().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}

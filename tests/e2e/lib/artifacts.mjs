// Saves screenshots into artifacts/e2e/ (gitignored) so a run can be looked at afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './paths.mjs';

/**
 * Screenshot `page` to artifacts/e2e/<name>.png and return the file path. With `fullPage`, a page taller than its
 * view is taken screen by screen (<name>.png, <name>-2.png, …, at most `screens`): a real popup window can neither
 * grow its viewport nor be captured beyond it (Chromium tiles its surface down the image), so scrolling is the one
 * way to picture all of it. The scroll position is given back afterwards.
 */
export async function screenshot(page, name, { fullPage = false, screens = 4 } = {}) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  const { height, view, start } = await page.evaluate(() => ({
    height: document.scrollingElement?.scrollHeight ?? 0,
    view: window.innerHeight,
    start: window.scrollY,
  }));
  const count = fullPage ? Math.min(screens, Math.max(1, Math.ceil(height / view))) : 1;
  try {
    for (let i = 0; i < count; i += 1) {
      if (fullPage) await page.evaluate((y) => window.scrollTo(0, y), i * view);
      await page.screenshot({ path: i === 0 ? file : path.join(artifactsDir, `${name}-${i + 1}.png`), captureBeyondViewport: false });
    }
  } finally {
    if (fullPage) await page.evaluate((y) => window.scrollTo(0, y), start);
  }
  return file;
}

// Saves screenshots into artifacts/e2e/ (gitignored) so a run can be looked at afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './paths.mjs';

/** Screenshot `page` to artifacts/e2e/<name>.png (the whole page when `fullPage`, e.g. a popup taller than its view) and return the file path. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

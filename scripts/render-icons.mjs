// Renders the one icon source (icons/readlens.svg) to the toolbar/store PNG sizes with resvg.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const iconsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
// The sizes Chrome and Firefox ask for in the manifest (toolbar 16/32, extensions page 48, store 128).
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(resolve(iconsDir, 'readlens.svg'), 'utf8');
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
  const out = resolve(iconsDir, `icon-${size}.png`);
  writeFileSync(out, png);
  console.log(`${out} (${png.length} bytes)`);
}

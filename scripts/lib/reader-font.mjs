// The reader's legible font (Atkinson Hyperlegible, SIL OFL 1.1, from @fontsource/atkinson-hyperlegible): which
// faces ship and how they are described, read from the package's own @font-face CSS so nothing is copied by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FACES = ['400', '700', '400-italic', '700-italic'];

/** The @font-face rules of a CSS text: style, weight, the woff2 file and the unicode range of each. */
export function parseFontFaces(css) {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const field = (name) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1].trim() ?? '';
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(body)?.[1] ?? '';
    return { style: field('font-style'), weight: field('font-weight'), file: path.posix.basename(woff2), unicodeRange: field('unicode-range') };
  });
}

/** Every face to ship: { style, weight, file, unicodeRange, source (absolute path) }, and the licence's path. */
export function readerFontFaces() {
  const dir = path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json'));
  const faces = FACES.flatMap((name) => parseFontFaces(readFileSync(path.join(dir, `${name}.css`), 'utf8')))
    .filter((f) => f.file && f.unicodeRange)
    .map((f) => ({ ...f, source: path.join(dir, 'files', f.file) }));
  return { faces, licence: path.join(dir, 'LICENSE') };
}

// The reader's legible font, read from the extension's own files (fonts/, emitted by the build) and handed to the
// content script as bytes: the font is not a web-accessible resource, so no page can probe for the extension with it.
import browser from 'webextension-polyfill';
import type { FontFaceData } from '../common/messages';
import { READER_FONT_DIR } from '../common/packaged-paths';

interface FaceEntry {
  file: string;
  weight: string;
  style: string;
  unicodeRange: string;
}

async function readFile(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`${READER_FONT_DIR}/${path}`));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

/** Base64 of bytes, in slices: String.fromCharCode(...all) would overflow the argument limit on a 20 KB face. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let faces: Promise<FontFaceData[]> | null = null;

/** Every face, read once per background lifetime; a failed read is retried next time. */
export function readerFontFaces(): Promise<FontFaceData[]> {
  faces ??= (async () => {
    const list = (await (await readFile('faces.json')).json()) as FaceEntry[];
    return Promise.all(
      list.map(async ({ file, weight, style, unicodeRange }) => ({
        data: base64(new Uint8Array(await (await readFile(file)).arrayBuffer())),
        weight,
        style,
        unicodeRange,
      })),
    );
  })().catch((error: unknown) => {
    faces = null;
    throw error;
  });
  return faces;
}

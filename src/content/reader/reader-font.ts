// Loads the reader's legible font into the document from bytes the background reads from the extension (no
// web_accessible_resources), only when a reader chooses that font; once per document.
import browser from 'webextension-polyfill';
import type { ContentEvent, FontFaceData } from '../../common/messages';

/** The family reader.css names for the 'legible' font. */
export const READER_FONT_FAMILY = 'Atkinson Hyperlegible';

let loading: Promise<boolean> | null = null;

function bytesOf(data: string): ArrayBuffer {
  const binary = atob(data);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Resolves true once the faces are in document.fonts; false (and retried next time) when they cannot be had. */
export function loadReaderFont(doc: Document): Promise<boolean> {
  loading ??= (async () => {
    const request: ContentEvent = { type: 'bg/font' };
    const faces = (await browser.runtime.sendMessage(request)) as FontFaceData[] | undefined;
    if (!Array.isArray(faces) || faces.length === 0) throw new Error('no font faces');
    const loaded = await Promise.all(
      faces.map((f) => new FontFace(READER_FONT_FAMILY, bytesOf(f.data), { weight: f.weight, style: f.style, unicodeRange: f.unicodeRange }).load()),
    );
    for (const face of loaded) doc.fonts.add(face);
    return true;
  })().catch(() => {
    loading = null;
    return false;
  });
  return loading;
}

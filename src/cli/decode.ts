// Page bytes → text for the CLI and benchmarks, without a DOM: gunzipped, refused when binary, then decoded with
// the charset a page declares, unless its bytes are valid UTF-8 (saved pages often declare a legacy charset their
// server overrode; legacy text is almost never valid UTF-8 once it has non-ASCII characters, so this never turns a
// real GB2312 or Latin-1 page into mojibake).
import { gunzipSync } from 'node:zlib';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a page's bytes: UTF-8 when they are valid UTF-8, else the charset declared in its first 4 KB (UTF-8 with
 *  replacement characters when it declares none or one the platform does not know). */
export function decodeHtml(buf: Uint8Array): string {
  try {
    return utf8.decode(buf);
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const cs = (m?.[1] ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(cs === 'utf8' ? 'utf-8' : cs).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

const SNIFF_BYTES = 8192;

/** Binary data rather than text: a NUL byte, or more than 5% control characters other than whitespace, in the
 *  first 8 KB. Text pages have neither; an image, an archive or random bytes have both. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > n * 0.05;
}

const isGzip = (raw: Uint8Array): boolean => raw[0] === 0x1f && raw[1] === 0x8b;

/** A file's bytes, gunzipped when gzip (by its magic bytes); throws when they are not text. */
export function textBytes(raw: Uint8Array): Uint8Array {
  const bytes = isGzip(raw) ? gunzipSync(raw) : raw;
  if (looksBinary(bytes)) throw new Error('not a text file (binary data)');
  return bytes;
}

/** A page's bytes → text in the page's charset; text passes through. Throws on binary data. */
export function decodePage(raw: Uint8Array | string): string {
  return typeof raw === 'string' ? raw : decodeHtml(textBytes(raw));
}

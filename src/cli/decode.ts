// Page bytes → text for the CLI and benchmarks, without a DOM: the charset a page declares, unless its bytes are
// valid UTF-8 (saved pages often declare a legacy charset their server overrode; legacy text is almost never valid
// UTF-8 once it has non-ASCII characters, so this never turns a real GB2312 or Latin-1 page into mojibake).

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

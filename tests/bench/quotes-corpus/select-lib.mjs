// Helpers of the corpus selection: language guess, quotation-mark count, site of a page, split.

/** FNV-1a, for a split that depends on the site's name only. */
function hash(s) {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

/**
 * train / dev / test, 60 / 20 / 20, by site: every article of a site falls in one split, so the test split holds
 * sites never seen while fitting. The two one-outlet collections are split by article instead (their only choice).
 */
export function splitOf(c) {
  const key = c.site === 'orangesum' || c.site === 'derstandard.at' ? `${c.site}/${c.id}` : c.site;
  const r = (hash(key) % 1000) / 1000;
  return r < 0.6 ? 'train' : r < 0.8 ? 'dev' : 'test';
}

const PROFILES = {
  en: ['the', 'and', 'of', 'to', 'said', 'is', 'that', 'was', 'for', 'with'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'pour', 'qui'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auch', 'ein'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'para', 'con', 'como'],
  it: ['il', 'della', 'che', 'per', 'non', 'una', 'sono', 'gli', 'anche', 'del'],
  pt: ['os', 'das', 'não', 'uma', 'para', 'com', 'que', 'dos', 'foi', 'pelo'],
};

/** The language of a text from its commonest function words; Arabic by its script; null when unsure. */
export function detectLang(text) {
  if ((text.match(/[\u0600-\u06ff]/g) ?? []).length > text.length / 4) return 'ar';
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 50) return null;
  const counts = Object.fromEntries(Object.keys(PROFILES).map((l) => [l, 0]));
  const index = new Map();
  for (const [l, ws] of Object.entries(PROFILES)) for (const w of ws) index.set(w, [...(index.get(w) ?? []), l]);
  for (const t of tokens) for (const l of index.get(t) ?? []) counts[l] += 1;
  const [best, second] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best[1] >= tokens.length * 0.08 && best[1] > second[1] * 1.5 ? best[0] : null;
}

/** Opening quotation marks of the language's styles (straight double quotes count as pairs). */
export function countQuoteMarks(text, lang) {
  const curly = (text.match(lang === 'de' ? /[„»]/g : lang === 'fr' ? /«/g : /[“«]/g) ?? []).length;
  const straight = Math.floor((text.match(/"/g) ?? []).length / 2);
  return curly + straight;
}

export function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

/** The page's site: its canonical or og:url address, else the host its own absolute links name most. */
export function siteOfHtml(html) {
  const declared = html.match(/<link[^>]+rel=["']?canonical["']?[^>]*href=["']?(https?:\/\/[^"'\s>]+)/i) ??
    html.match(/<link[^>]+href=["']?(https?:\/\/[^"'\s>]+)[^>]*rel=["']?canonical/i) ??
    html.match(/<meta[^>]+(?:property|name)=["']og:url["'][^>]*content=["']?(https?:\/\/[^"'\s>]+)/i);
  if (declared) return hostOf(declared[1]);
  const hosts = new Map();
  for (const [, url] of html.matchAll(/href=["']?(https?:\/\/[^"'\s>]+)/gi)) {
    const h = hostOf(url);
    if (h && !/(facebook|twitter|google|addthis|doubleclick|feedburner)\./.test(h)) hosts.set(h, (hosts.get(h) ?? 0) + 1);
  }
  const top = [...hosts].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= 5 ? top[0] : '';
}

/** Node 20 has no Object.groupBy. */
export function countBy(items, key) {
  const m = new Map();
  for (const x of items) m.set(x[key], (m.get(x[key]) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

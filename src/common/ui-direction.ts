// Which way the extension's own UI reads (popup, options page): the way of the language its strings are written in.

/** Scripts written right to left (ISO 15924, lower case): a tag's script subtag decides first ("pa-Arab"). */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);
/** Languages whose usual script is written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The direction of a BCP 47 tag such as the `uiLocale` message ("ar" → rtl, "pt-BR" → ltr). Decided from the
 * translation rather than the browser's `@@bidi_dir`: a Hebrew browser shows our English fallback, which must stay LTR.
 */
export function uiDirection(locale: string): 'ltr' | 'rtl' {
  const [language = '', ...subtags] = locale.toLowerCase().split(/[-_]/);
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

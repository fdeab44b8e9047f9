// What the sweep calls an anomaly on one page, and the printed table and summary line over all pages.

const short = (id) => id.replace(/^articlebench\/(.{12}).*$/, 'articlebench/$1…');
const clip = (s, n = 160) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

/** Errors grouped by context and message start: "[offscreen] Executing inline event… ×12; [popup] Unsupported… ×1". */
function distinct(entries) {
  const groups = new Map();
  for (const e of entries) {
    const key = `[${e.context}] ${clip(e.text, 48)}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => `${key} ×${n}`).join('; ');
}

/** The anomalies of one page record: [{ kind, detail }], empty when the page went as it should. */
export function anomaliesOf(rec) {
  const out = [];
  const add = (kind, detail = '') => out.push({ kind, detail: clip(detail) });
  if (rec.timeout) add('timeout', `ran out of time at stage "${rec.stage}"`);
  if (rec.error) add('failed', `at stage "${rec.stage}": ${rec.error}`);
  if (rec.browserCrashed) add('browser-crash', `at stage "${rec.stage}"`);
  const popup = rec.popup;
  if (popup?.state === 'error') add('popup-error', popup.message);
  if (popup?.state === 'unsupported') add('popup-unsupported', popup.message);
  if (popup?.digestState === 'error') add('digest-error', popup.message);
  if (popup?.state === 'ready' && popup.digestState === 'no-article') add('digest-no-article', 'page detected as article, digest says no article');
  const digest = rec.digest;
  if (digest && digest.summarySentences === 0) add('empty-digest', `no summary; facts ${digest.facts.total}, quotes ${digest.quotes}`);
  if (digest && digest.quoteButtons !== digest.quotes) add('quote-count≠list', `count says ${digest.quotes}, list shows ${digest.quoteButtons}`);
  const reader = rec.reader;
  if (reader && !reader.opened && popup?.state === 'ready') add('reader-not-opened', `article page; notice ${reader.notice ?? 'none'}, switch ${reader.switchOn ? 'on' : 'off'}`);
  if (reader?.opened && reader.bodyTextLength === 0) add('reader-empty', 'reader body has no text');
  const h = rec.highlights;
  if (h && h.expected !== null && h.count !== h.expected) {
    const missing = (h.missing ?? []).map((m) => `#${m.index} ${clip(m.text, 40)}`).join(' | ');
    add('highlights≠quotes', `${h.count} highlighted of ${h.expected}${missing ? `; missing ${missing}` : ''}`);
  }
  if (h?.misplaced?.length) {
    const m = h.misplaced[0];
    add('highlight-text≠quote', `${h.misplaced.length} of ${h.expected}; #${m.index} quote "${clip(m.text, 50)}" highlighted "${clip(m.highlighted, 50)}"`);
  }
  if (reader?.opened && popup?.title && reader.title && reader.title !== popup.title) add('reader-title≠popup-title', `reader "${clip(reader.title, 60)}" popup "${clip(popup.title, 60)}"`);
  if (h && (h.nested > 0 || h.empty > 0)) add('highlight-shape', `${h.nested} nested, ${h.empty} empty q.rl-quote`);
  if (reader?.opened && reader.closed === false) add('reader-not-closed', 'switch off left the reader in the page');
  // A page whose own scripts change it (seen again in a control visit without the extension) is not the extension's doing.
  const selfMutates = rec.control?.changes === true;
  if (rec.html && !rec.html.restored) {
    const how = rec.html.restoredLater ? 'restored a second later' : rec.html.stillChanging ? 'still changing' : 'left changed';
    const kind = selfMutates ? 'html-differs-page-self-mutates' : 'html-not-restored';
    add(kind, `${how}; first difference at ${rec.html.diff.at}: ${clip(rec.html.diff.after, 70)}`);
  }
  if (rec.htmlChangedBeforeReader && !selfMutates) add('html-changed-by-popup', `before any reader; first difference at ${rec.htmlBeforeReaderDiff.at}`);
  const errors = (rec.errors ?? []).filter((e) => e.level === 'error');
  if (errors.length) add('extension-errors', distinct(errors));
  const requests = (rec.errors ?? []).filter((e) => e.level === 'request');
  if (requests.length) add('extension-requests', distinct(requests));
  return out;
}

/** The anomalies table, one row per anomaly, as fixed-width text. */
export function anomalyTable(records) {
  const rows = records.flatMap((r) => r.anomalies.map((a) => [short(r.id), a.kind, a.detail]));
  if (rows.length === 0) return 'No anomalies.';
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length), i ? 4 : 4));
  const line = (row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`;
  return [line(['page', 'kind', 'detail']), line(['-'.repeat(widths[0]), '-'.repeat(widths[1]), '------']), ...rows.map(line)].join('\n');
}

/** Counts over the run: popup states, reader outcomes, anomaly kinds. */
export function summarize(records) {
  const count = (f) => records.filter(f).length;
  const kinds = {};
  for (const r of records) for (const a of r.anomalies) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
  const articles = records.filter((r) => r.popup?.state === 'ready');
  const withQuotes = records.filter((r) => r.highlights && r.highlights.expected !== null);
  return {
    pages: records.length,
    popup: {
      ready: articles.length,
      notArticle: count((r) => r.popup?.state === 'not-article'),
      error: count((r) => r.popup?.state === 'error' || r.popup?.digestState === 'error'),
      unsupported: count((r) => r.popup?.state === 'unsupported'),
      none: count((r) => !r.popup),
    },
    timeouts: count((r) => r.timeout),
    readerOpened: count((r) => r.reader?.opened),
    readerOpenedOnArticles: articles.filter((r) => r.reader?.opened).length,
    highlightsMatch: withQuotes.filter((r) => r.highlights.count === r.highlights.expected).length,
    highlightsChecked: withQuotes.length,
    htmlRestored: count((r) => r.html?.restored),
    htmlChecked: count((r) => r.html),
    pagesWithExtensionErrors: count((r) => (r.errors ?? []).some((e) => e.level === 'error')),
    pagesWithAnomalies: count((r) => r.anomalies.length > 0),
    anomalies: kinds,
  };
}

export function summaryLine(s) {
  const kinds = Object.entries(s.anomalies)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return (
    `${s.pages} pages: popup ready ${s.popup.ready}, not-article ${s.popup.notArticle}, error ${s.popup.error}, unsupported ${s.popup.unsupported}, ` +
    `timeouts ${s.timeouts}; reader opened ${s.readerOpenedOnArticles}/${s.popup.ready} articles (${s.readerOpened} in all); ` +
    `highlights = quotes ${s.highlightsMatch}/${s.highlightsChecked}; html restored ${s.htmlRestored}/${s.htmlChecked}; ` +
    `extension errors on ${s.pagesWithExtensionErrors} pages; ${s.pagesWithAnomalies} pages with anomalies${kinds ? ` (${kinds})` : ''}`
  );
}

/** One progress line for a finished page. */
export function progressLine(i, n, rec) {
  const p = rec.popup?.state ?? '-';
  const r = rec.reader ? (rec.reader.opened ? 'reader' : 'NO-READER') : '';
  const h = rec.highlights ? `q ${rec.highlights.count}/${rec.highlights.expected ?? '-'}` : '';
  const html = rec.html ? (rec.html.restored ? 'html=' : 'HTML≠') : '';
  const flags = rec.anomalies.map((a) => a.kind).join(',');
  return `[${String(i + 1).padStart(3)}/${n}] ${short(rec.id).padEnd(44)} ${p.padEnd(11)} ${r.padEnd(9)} ${h.padEnd(8)} ${html.padEnd(5)} ${String(rec.ms).padStart(6)} ms ${flags}`;
}

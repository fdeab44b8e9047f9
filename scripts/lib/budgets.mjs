// Size budgets the build enforces (bytes, gzip -9). The content script loads into every page the reader opens on.
export const CONTENT_GZIP_BUDGET = 30 * 1024;
// The speech script: injected only when Listen is first pressed, into the same world as the content script.
export const LISTEN_GZIP_BUDGET = 12 * 1024;
// The language engine's core (src/core/analyze/engine.ts bundled and minified, scripts/lib/analyze-size.mjs): word
// lists and name tables stay out of it as per-language data loaded on demand.
export const ANALYZE_GZIP_BUDGET = 30 * 1024;

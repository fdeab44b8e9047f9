// Size budgets the build enforces (bytes, gzip -9). The content script loads into every page the reader opens on.
export const CONTENT_GZIP_BUDGET = 30 * 1024;
// The speech script: injected only when Listen is first pressed, into the same world as the content script.
export const LISTEN_GZIP_BUDGET = 12 * 1024;

// Size budgets the build enforces (bytes, gzip -9). The content script loads into every page the reader opens on.
export const CONTENT_GZIP_BUDGET = 30 * 1024;

// Ambient types for vite-specific imports (CSS as a string) and the build's compile-time flags.
/// <reference types="vite/client" />

/**
 * True only in the end-to-end test build (`npm run build:e2e`): it exposes the background's gesture handlers
 * to the test harness. Store and `npm run build` builds are compiled with false, so that code is not shipped.
 */
declare const __READLENS_E2E__: boolean;

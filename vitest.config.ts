import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the shipped build's flags (src/vite-env.d.ts).
  define: { __READLENS_E2E__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Wide: a timeout here guards against hangs, never speed (CI machines are shared and noisy).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

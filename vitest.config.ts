import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Wide: a timeout here guards against hangs, never speed (CI machines are shared and noisy).
    testTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `~/` → `src/` alias of tsconfig.json (Astro and tsx read it there too).
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and build tests are heavy; two cores.
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});

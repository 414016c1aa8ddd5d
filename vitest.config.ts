import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (see .ci/run) so it can print its own "N passed, N failed" line.
const jsonReport = process.env.CLOSER_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // The 2-core machine: two workers keep the suite fast without oversubscribing.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // The browser tests need Chromium; the set-up installs it (as root) or says what to install.
    globalSetup: ['test/e2e/setup.ts'],
    hookTimeout: 180_000,
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});

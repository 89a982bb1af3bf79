import { defineConfig } from 'vitest/config';
import { fontTablePlugin } from './scripts/vite-font-table.ts';

// Two environments: plain Node for core/, electron/ (with `electron` mocked) and the
// repository checks; jsdom for renderer components. End-to-end tests are Playwright's.
export default defineConfig({
  test: {
    globalSetup: ['tests/support/temp-root.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/renderer/**', 'tests/e2e/**', '**/node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // The renderer's virtual font modules (the browser host imports them), as in vite.config.ts.
        plugins: [fontTablePlugin()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});

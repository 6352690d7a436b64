import { defineConfig } from '@playwright/test';

/** e2e tests drive the built extension in a real Chromium; one at a time on 2-core machines. */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './test/e2e/global-setup.ts',
});

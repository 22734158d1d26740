import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ACCOUNTS, PASSWORD } from './tests/e2e/fixtures/accounts';

// One database per run, made once here: worker processes inherit this variable instead of making their own.
process.env.E2E_DATABASE_PATH ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'watchfloor-e2e-')), 'e2e.db');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    // This machine has no network beyond the package registries: keep Chromium from calling home.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/, use: { ...chromium } },
    { name: 'chromium', dependencies: ['setup'], use: { ...chromium } },
  ],
  webServer: {
    // The production server, exactly as `npm start` runs it, on its own empty database.
    command: 'npm start',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      PORT: String(PORT),
      HOSTNAME: '0.0.0.0',
      ADMIN_EMAIL: ACCOUNTS.admin.email,
      ADMIN_PASSWORD: PASSWORD,
      // A line per request would bury the test report; tests/e2e/shutdown.spec.ts checks the request log.
      LOG_LEVEL: 'warn',
    },
  },
});

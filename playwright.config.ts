import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

// TEST_PORT lets two checkouts run their browser tests side by side; 4327 otherwise.
const PORT = Number(process.env['TEST_PORT'] ?? 4327);
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

/**
 * Browser tests run against the already-built site in dist/ (run `npm run build` first), served by
 * scripts/serve-static.ts on its own port (never a server left running from elsewhere), and against
 * the sub-path build in .build/dist-base/ (`npm run build:base`) served under /debates/, and the
 * second corpus in .build/dist-other/ (`npm run build:other`). They use Debian's Chromium (see scripts/ensure-chromium.ts); Playwright never
 * downloads a browser here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: process.env['CI'] ? 'retain-on-failure' : 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
      },
    },
    {
      // The second corpus (tests/fixtures/other-debate/), built by `npm run build:other`.
      name: 'other-debate',
      testDir: 'tests/e2e-other',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://${HOST}:${PORT + 2}`,
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.ts dist ${PORT}`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve-static.ts .build/dist-base ${PORT + 1} /debates/`,
      url: `http://${HOST}:${PORT + 1}/debates/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve-static.ts .build/dist-other ${PORT + 2}`,
      url: `http://${HOST}:${PORT + 2}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

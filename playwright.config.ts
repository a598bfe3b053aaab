import { accessSync, constants, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_SITES, PORT, baseURL, fixtureSitePort, fixtureSiteURL } from './tests/e2e/sites.ts';
import { CHROMIUM_FLAGS } from './tools/chromium-flags.mjs';

// Which Chromium to drive: $CHROMIUM_PATH, else the path that tools/ensure-chromium.mjs recorded,
// else undefined (Playwright's own browser, from `npx playwright install chromium`).
const CHROMIUM_PATH_CACHE = 'node_modules/.cache/report-explorer/chromium-path';

function executable(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

function cachedChromiumPath(): string | undefined {
  try {
    return readFileSync(CHROMIUM_PATH_CACHE, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = executable(process.env.CHROMIUM_PATH) ?? executable(cachedChromiumPath());

const launchOptions = {
  executablePath,
  args: CHROMIUM_FLAGS,
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // No retries anywhere, CI included: a flaky test must be visible.
  retries: 0,
  workers: 2,
  // Safety nets, not speed checks: on a busy 2-core machine (CI beside another build) a test that
  // opens the 153-row metrics page a few times took over the 30 s default.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL,
    launchOptions,
  },
  // The project's site, and each fixture site (built by `npm run build:e2e-sites`) from its folder.
  webServer: [
    { command: `npx astro preview --host 127.0.0.1 --port ${PORT}`, url: baseURL },
    ...FIXTURE_SITES.map((name) => ({
      command: `npx astro preview --outDir dist-${name} --host 127.0.0.1 --port ${fixtureSitePort(name)}`,
      url: fixtureSiteURL(name),
    })),
  ].map((server) => ({
    ...server,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
  projects: [
    {
      name: 'desktop-chromium',
      use: { ...devices['Desktop Chrome'], browserName: 'chromium', launchOptions },
    },
    {
      name: 'phone-chromium',
      use: {
        browserName: 'chromium',
        launchOptions,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});

import { defineConfig } from '@playwright/test'

/**
 * Two servers, two projects: `dev` runs Vite with the MSW worker (scenarios through ?mock=),
 * `preview` runs the production build as a static site (no MSW, the emitted demo export).
 * Chromium is Debian's (/usr/bin/chromium): browser downloads do not work here.
 */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'dev',
      testMatch: 'dev/**/*.spec.ts',
      use: { baseURL: 'http://127.0.0.1:5173' },
      // The dev server transforms modules on first request (the worker's too); on a cold
      // server beside a production build on two cores, the first page can take seconds.
      expect: { timeout: 15_000 },
      timeout: 60_000,
      // After the built-app tests: by then the production build no longer competes with the
      // dev server's first transforms for the two cores.
      dependencies: ['preview'],
    },
    {
      name: 'preview',
      testMatch: 'preview/**/*.spec.ts',
      use: { baseURL: 'http://127.0.0.1:4173' },
    },
  ],
  webServer: [
    {
      command: 'npx vite --port 5173 --strictPort',
      url: 'http://127.0.0.1:5173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'npx vite build && npx vite preview --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})

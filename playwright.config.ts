import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium/chromium.ts'

/**
 * Two servers, two projects: `dev` runs Vite with the MSW worker (scenarios through ?mock=),
 * `preview` runs the production build as a static site (no MSW, the emitted demo export).
 * Chromium is the one this machine has (scripts/chromium/chromium.ts); `npm test` installs one
 * first when there is none (scripts/ensure-chromium.ts).
 *
 * `KK_E2E_SLOT=n` (1–9) moves both servers to their own ports and the build to its own folder,
 * so several people (or sessions) can run end-to-end tests on one machine at once.
 */
const slot = Number(process.env.KK_E2E_SLOT ?? 0)
const devPort = 5173 + slot * 10
const previewPort = 4173 + slot * 10
const outDir = slot === 0 ? 'dist' : `dist-e2e-${slot}`
// A deployment under a sub-path (issue 3: "served from a configurable base path").
const subPort = 4373 + slot * 10
const subBase = '/kasvukartta/'
const subOutDir = `dist-subpath-${slot}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: slot === 0 ? 'test-results' : `test-results-${slot}`,
  workers: 2,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'dev',
      testMatch: 'dev/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${devPort}` },
      // The dev server transforms modules on first request (the worker's too); on a cold
      // server beside a production build on two cores, the first page can take seconds.
      // Each new browser context fetches and runs the worker's modules untransformed by a
      // build: a load takes some 7 s alone, twice that with two tests at once.
      expect: { timeout: 30_000 },
      timeout: 90_000,
      // After the built-app tests: by then the production build no longer competes with the
      // dev server's first transforms for the two cores.
      dependencies: ['preview'],
    },
    {
      name: 'preview',
      testMatch: 'preview/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${previewPort}` },
      // Two workers on two cores beside the dev server: the views' first paint can take seconds,
      // and an axe pass over a whole view as many again.
      expect: { timeout: 10_000 },
      timeout: 60_000,
    },
    {
      name: 'subpath',
      testMatch: 'subpath/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${subPort}${subBase}` },
      expect: { timeout: 10_000 },
    },
  ],
  webServer: [
    {
      command: `npx vite --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${previewPort} --strictPort`,
      url: `http://127.0.0.1:${previewPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // vite.config.ts reads BASE_PATH for the build and for the preview server alike.
      command: `npx vite build --outDir ${subOutDir} && npx vite preview --outDir ${subOutDir} --port ${subPort} --strictPort`,
      env: { BASE_PATH: subBase },
      url: `http://127.0.0.1:${subPort}${subBase}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})

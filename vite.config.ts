import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicyPlugin } from './scripts/build/content-security-policy.ts'
import { earlyStartPlugin } from './scripts/build/early-start.ts'

/**
 * The modules every page needs before it can show data: loading, caching, the language and
 * the load status. Left to the automatic splitting they came as some twenty small chunks,
 * each compressed on its own; as one chunk they compress better and arrive in one request
 * (the overview's first download shrank by 5 KB gzip). Only modules the overview loads belong
 * here: anything else would make its first download bigger.
 */
const BOOT_MODULES = [
  'node_modules/idb-keyval/',
  'node_modules/@tanstack/react-query/',
  'node_modules/@tanstack/query-core/',
  ...[
    'load/use-export-load',
    'load/load-with-fallback',
    'load/fetch-export',
    'load/read-export-file',
    'load/too-large',
    'load/load-error',
    'load/query-keys',
    'load/early-export',
    'load/use-dataset',
    'load/load-progress',
    'cache/export-cache',
    'cache/source-choice',
    'cache/idb-store',
    'config/data-url-policy',
    'config/runtime-config',
    'config/early-config',
    'worker/validate-in-worker',
    'worker/export-preview',
    'transfer/transfer-report',
  ].map((m) => `src/data/${m}.ts`),
  ...['load-status.tsx', 'format.ts', 'localized.tsx'].map((m) => `src/ui/${m}`),
  ...[
    'format-date.ts',
    'format-message.ts',
    'catalog-loader.ts',
    'language-context.tsx',
    'locales.ts',
  ].map((m) => `src/i18n/${m}`),
  ...[
    'validate/limits',
    'validate/translation-warnings',
    'format/localized-text',
    'format/languages',
    'format/export-vocabulary',
    'dataset/overview-stats',
    'text/search-seeds',
  ].map((m) => `src/domain/${m}.ts`),
]

const isBootModule = (id: string) => {
  const path = id.replaceAll('\\', '/')
  return BOOT_MODULES.some((m) => (m.endsWith('/') ? path.includes(m) : path.endsWith(m)))
}

const demoExportPath = fileURLToPath(new URL('./mocks/demo-export.json', import.meta.url))
const earlierExportPath = fileURLToPath(
  new URL('./mocks/demo-export-earlier.json', import.meta.url),
)

/**
 * The demo export lives in mocks/ (one copy, also served by MSW in development).
 * A production build has no MSW, so the same file is emitted as a static asset at the
 * path public/config.json points to, and `npm run build && npm run preview` shows the demo.
 */
function demoExportAsset(): Plugin {
  let outDir = 'dist'
  return {
    name: 'kasvukartta-demo-export',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/growth-opportunities.json',
        source: readFileSync(demoExportPath, 'utf8'),
      })
      // The same dataset one round earlier, so the built demo can show a comparison
      // (`?compare=data/growth-opportunities-earlier.json`).
      this.emitFile({
        type: 'asset',
        fileName: 'data/growth-opportunities-earlier.json',
        source: readFileSync(earlierExportPath, 'utf8'),
      })
    },
    // MSW's worker lives in public/ for the dev server; a production site must not carry it.
    closeBundle() {
      rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

export default defineConfig({
  // A deployment under a sub-path (https://example.org/kasvukartta/) builds with BASE_PATH=/kasvukartta/.
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    demoExportAsset(),
    // Before the policy, which hashes every inline script.
    earlyStartPlugin(),
    contentSecurityPolicyPlugin(fileURLToPath(new URL('./public/config.json', import.meta.url))),
  ],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL('./src/app/use-sync-external-store.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the app supports preloads modules natively; without support a preload
    // hint is only lost, never a script. The polyfill would be in every first download.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'boot', test: isBootModule }] } },
    },
  },
  optimizeDeps: {
    // Scan every module up front, lazily loaded routes and the dev-only mocks included, so the
    // dev server never discovers a dependency late and reloads the page under a user or a test.
    entries: ['index.html', 'src/**/*.{ts,tsx}', 'mocks/**/*.ts', '!**/*.test.{ts,tsx}'],
  },
  worker: {
    format: 'es',
  },
  server: {
    // Transform the app and the worker at start-up rather than on the first page view.
    warmup: {
      clientFiles: [
        './src/main.tsx',
        './src/app/*.tsx',
        './src/features/**/*.tsx',
        './src/data/worker/export-worker.ts',
      ],
    },
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/lint/**/*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
    // Property tests and the 100 000-record cases take seconds on a busy two-core machine;
    // a slow machine is not a failure (speed is measured by npm run bench, not here).
    testTimeout: 30_000,
  },
})

// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/ and what each may import. Code flows one way:
 * app → features → {data, url-state, i18n, ui} → domain. A wrong import fails the lint,
 * so the diagram in the README stays true.
 */
const layers = ['domain', 'data', 'url-state', 'i18n', 'ui', 'features', 'app']
const allowed = {
  domain: ['domain'],
  data: ['data', 'domain'],
  'url-state': ['url-state', 'domain'],
  i18n: ['i18n', 'domain'],
  ui: ['ui', 'i18n', 'domain'],
  features: ['features', 'data', 'url-state', 'i18n', 'ui', 'domain'],
  app: layers,
}
const boundaryZones = layers.flatMap((layer) =>
  layers
    .filter((other) => !allowed[layer].includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} may not import from src/${other} (app → features → {data, url-state, i18n, ui} → domain).`,
    })),
)

const noMocks = [
  { group: ['**/mocks/**', 'msw', 'msw/*'], message: 'MSW and mocks stay out of the app bundle.' },
]

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'test-results-*/',
      'coverage/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` keeps a side-effect import of the module: one such line put zod into
      // the overview's first download. Type-only imports must be `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Mock code must never reach the app bundle except through the dev-only dynamic import.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/start-mocks.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noMocks }] },
  },
  {
    // Domain code is pure TypeScript: no React, no TanStack, no DOM-bound libraries, no MSW.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noMocks,
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'd3', 'd3-*'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'mocks/**', '*.config.{js,ts}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
)

// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { readdirSync } from 'node:fs'

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

/**
 * Features meet only in app: a feature may import itself and features/shared (the filter bar
 * and other view pieces several features use), and shared imports no feature.
 */
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: feature === 'shared' ? ['./shared'] : [`./${feature}`, './shared'],
  message:
    feature === 'shared'
      ? 'src/features/shared is shared by the features, so it may not import any of them.'
      : `src/features/${feature} may not import another feature; what several features use goes to src/features/shared.`,
}))

/** The export format is the domain's base: it imports no other part of the domain. */
const formatZone = {
  target: './src/domain/format',
  from: './src/domain',
  except: ['./format'],
  message: 'src/domain/format is the base of the domain and imports no other part of it.',
}

const noMocks = [
  { group: ['**/mocks/**', 'msw', 'msw/*'], message: 'MSW and mocks stay out of the app bundle.' },
  // Test fixtures live in tests/fixtures and serve tests only; shipped code never imports them.
  { group: ['**/tests/**', '**/*fixture*'], message: 'Test fixtures stay out of the app bundle.' },
]
const testFiles = ['**/*.test.{ts,tsx}']

/** d3's modules that work on the DOM; its maths (scales, shapes, forces) are pure. */
const DOM_D3 = ['d3-selection', 'd3-transition', 'd3-zoom', 'd3-drag', 'd3-brush']

/** The imports pure code may not make, with `more` packages it may not use either. */
function pureCode(more) {
  return [
    ...noMocks,
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', ...more],
      message: 'Domain and model code is pure TypeScript: no React, no DOM.',
    },
    { group: ['**/*.tsx'], message: 'Domain and model code does not import components.' },
  ]
}

/** Counts useEffect and useLayoutEffect calls in each function's own body. */
const maxEffects = {
  meta: {
    type: 'suggestion',
    schema: [{ type: 'integer', minimum: 0 }],
    messages: {
      tooMany: '{{name}} has {{count}} effects (at most {{max}}): give each job its own hook.',
    },
  },
  create(context) {
    const max = context.options[0] ?? 3
    const stack = []
    const enter = (node) => stack.push({ node, count: 0 })
    const exit = () => {
      const { node, count } = stack.pop()
      if (count <= max) return
      const name = node.id?.name ?? node.parent?.id?.name ?? 'This function'
      context.report({ node, messageId: 'tooMany', data: { name, count, max } })
    }
    const isEffect = (callee) => {
      const name = callee.type === 'MemberExpression' ? callee.property.name : callee.name
      return name === 'useEffect' || name === 'useLayoutEffect'
    }
    return {
      FunctionDeclaration: enter,
      'FunctionDeclaration:exit': exit,
      FunctionExpression: enter,
      'FunctionExpression:exit': exit,
      ArrowFunctionExpression: enter,
      'ArrowFunctionExpression:exit': exit,
      CallExpression(node) {
        const top = stack[stack.length - 1]
        if (top && isEffect(node.callee)) top.count++
      },
    }
  },
}

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
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...boundaryZones, ...featureZones, formatZone] },
      ],
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
    ignores: ['src/app/start-mocks.ts', ...testFiles],
    rules: { 'no-restricted-imports': ['error', { patterns: noMocks }] },
  },
  {
    // Domain code, and each view's model/ folder, is pure TypeScript: no React, no TanStack,
    // no components, no DOM. The domain takes no d3 either; a view model may use d3's maths
    // (scales, forces), never its DOM modules.
    files: ['src/domain/**/*.ts', 'src/features/*/model/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': ['error', { patterns: pureCode(DOM_D3) }],
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement'].map(
          (name) => ({ name, message: 'Domain and model code does not touch the DOM.' }),
        ),
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: pureCode(['d3', 'd3-*']) }] },
  },
  {
    // A function longer than a screenful, or a component with more than three effects, does
    // more than one job: split it into functions, hooks and components that each do one.
    files: ['src/**/*.{ts,tsx}'],
    ignores: testFiles,
    plugins: { kasvukartta: { rules: { 'max-effects': maxEffects } } },
    rules: {
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
      'kasvukartta/max-effects': ['error', 3],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'mocks/**', '*.config.{js,ts}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
)

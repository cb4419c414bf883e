import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { earlyStartOf, insertEarlyStart, ROUTE_MODULES, type BundleItem } from './early-start.ts'

const ROOT = '/app'

function chunk(
  fileName: string,
  module: string | null,
  imports: string[] = [],
  css: string[] = [],
) {
  return {
    type: 'chunk' as const,
    fileName,
    isEntry: module === 'src/main.tsx',
    facadeModuleId: module && `${ROOT}/${module}`,
    imports,
    viteMetadata: { importedCss: new Set(css) },
  }
}

/** A bundle with every module the route table names, each a chunk importing `shared.js`. */
function bundleOf(extra: BundleItem[] = []): Record<string, BundleItem> {
  const modules = new Set(ROUTE_MODULES.flatMap(([, m]) => m))
  const items: BundleItem[] = [
    chunk('assets/index.js', 'src/main.tsx', ['assets/boot.js']),
    chunk('assets/boot.js', null),
    chunk('assets/shared.js', null, ['assets/boot.js']),
    chunk('assets/messages-fi.js', 'src/i18n/messages-fi.ts'),
    chunk('assets/messages-sv.js', 'src/i18n/messages-sv.ts'),
    chunk('assets/messages-en.js', 'src/i18n/messages-en.ts'),
    { type: 'asset', fileName: 'assets/export-worker-AbC1.js' },
    ...[...modules].map((m, i) =>
      chunk(`assets/page-${i}.js`, m, ['assets/shared.js'], [`assets/page-${i}.css`]),
    ),
    ...extra,
  ]
  return Object.fromEntries(items.map((b) => [b.fileName, b]))
}

describe('earlyStartOf', () => {
  it("gives each route its chunks, their styles and what they import, but not the entry's", () => {
    const start = earlyStartOf(bundleOf(), ROOT)
    const matrix = start.routes.find(([p]) => p === '^/matrix$')?.[1] ?? []
    expect(matrix).toContain('assets/shared.js')
    expect(matrix.some((f) => f.endsWith('.css'))).toBe(true)
    expect(matrix).not.toContain('assets/boot.js')
    expect(matrix).not.toContain('assets/index.js')
    expect(start.catalogs).toEqual({
      fi: 'assets/messages-fi.js',
      sv: 'assets/messages-sv.js',
      en: 'assets/messages-en.js',
    })
    expect(start.worker).toBe('assets/export-worker-AbC1.js')
  })

  it('fails the build when a page module is not a chunk of its own', () => {
    const bundle = bundleOf()
    delete bundle['assets/page-0.js']
    expect(() => earlyStartOf(bundle, ROOT)).toThrow(/is not a chunk of its own/)
  })
})

describe('ROUTE_MODULES', () => {
  // The table mirrors src/app/routes.tsx: a route added there and not here would load late.
  const routes = readFileSync(new URL('../../src/app/routes.tsx', import.meta.url), 'utf8')
  const declared = [...routes.matchAll(/path: '([^']+)'[\s\S]*?import\('\.\.\/([^']+)'\)/g)].map(
    (m) => ({ path: m[1] ?? '', module: `src/${m[2] ?? ''}` }),
  )

  it('reads every route of routes.tsx', () => {
    expect(declared.length).toBeGreaterThanOrEqual(8)
  })

  it.each(declared)('opens $path with its page module', ({ path, module }) => {
    const example = path.replace(':id', 'kk-001')
    const matching = ROUTE_MODULES.filter(([pattern]) => new RegExp(pattern).test(example))
    expect(matching).toHaveLength(1)
    expect(matching[0]?.[1]).toContain(module)
  })
})

describe('insertEarlyStart', () => {
  const built = [
    '<head>',
    '<script>config()</script>',
    '<script type="module" crossorigin src="/assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/boot.js">',
    '<link rel="stylesheet" crossorigin href="/assets/index.css">',
    '</head>',
  ].join('\n')

  it('puts the script after the module script and its preloads, and before the stylesheet', () => {
    const html = insertEarlyStart(built, '<script>early()</script>')
    const at = (s: string) => html.indexOf(s)
    expect(at('early()')).toBeGreaterThan(at('config()'))
    expect(at('early()')).toBeGreaterThan(at('type="module"'))
    expect(at('early()')).toBeGreaterThan(at('rel="modulepreload"'))
    expect(at('early()')).toBeLessThan(at('rel="stylesheet"'))
  })

  it('still adds the script to a page with neither, at the end of the head', () => {
    expect(insertEarlyStart('<head>\n</head>', '<script>early()</script>')).toMatch(
      /early\(\)<\/script>\n {2}<\/head>/,
    )
  })
})

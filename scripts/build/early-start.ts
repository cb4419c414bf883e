import type { Plugin } from 'vite'

// Loaded lazily by the pages, but needed for their first full sight all the same.
const CHARTS = 'src/features/overview/dashboard-charts.tsx'
const FILTERS = 'src/features/shared/filters/filter-bar.tsx'

/**
 * What a page needs first, asked for by index.html before the app's own code has run: the
 * opened route's chunks, the UI language's catalog and the validation worker. Left to the
 * app, each request waits until the main bundle has downloaded and run (React alone takes a
 * few hundred milliseconds on a phone), and then the route's code, the words and the worker
 * load one after the other instead of beside the main bundle.
 *
 * The route table mirrors src/app/routes.tsx (a unit test checks that every route there is
 * here with the same page module), with the chunks a page loads lazily for its first full
 * sight; the build fails when one of them is not a chunk.
 */
export const ROUTE_MODULES: readonly (readonly [pattern: string, modules: readonly string[]])[] = [
  ['^/$', ['src/features/overview/overview-page.tsx', CHARTS, FILTERS]],
  ['^/matrix$', ['src/features/matrix/matrix-page.tsx', FILTERS]],
  ['^/roadmap$', ['src/features/roadmap/roadmap-page.tsx', FILTERS]],
  ['^/opportunities$', ['src/features/table/table-page.tsx', FILTERS]],
  [
    '^/opportunities/[^/]+$',
    ['src/features/opportunity/opportunity-page.tsx', 'src/app/view-order.ts'],
  ],
  ['^/sessions$', ['src/features/sessions/sessions-page.tsx']],
  ['^/sessions/[^/]+/minutes$', ['src/features/sessions/minutes-page.tsx']],
  ['^/present$', ['src/features/present/present-page.tsx']],
  ['^/changes$', ['src/features/changes/changes-page.tsx']],
  ['^/data$', ['src/features/data-source/data-source-page.tsx']],
  ['^/accessibility$', ['src/features/accessibility/accessibility-page.tsx']],
]

const CATALOG_MODULES = {
  fi: 'src/i18n/messages-fi.ts',
  sv: 'src/i18n/messages-sv.ts',
  en: 'src/i18n/messages-en.ts',
} as const

const WORKER_FILE = /(^|\/)export-worker-[\w-]+\.js$/

/** The parts of Rollup's output bundle that this reads. */
export interface BundleChunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}
export type BundleItem = BundleChunk | { type: 'asset'; fileName: string }

export interface EarlyStart {
  /** Path pattern → files to preload (JS as modulepreload, CSS as style preload). */
  routes: [string, string[]][]
  catalogs: Record<string, string>
  worker: string | null
}

/** The files each route, catalog and the worker are made of in this build. */
export function earlyStartOf(bundle: Record<string, BundleItem>, root: string): EarlyStart {
  const chunks = Object.values(bundle).filter((b): b is BundleChunk => b.type === 'chunk')
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: BundleChunk, into = new Set<string>()): Set<string> => {
    if (into.has(start.fileName)) return into
    into.add(start.fileName)
    for (const file of start.imports) {
      const next = byFile.get(file)
      if (next) closure(next, into)
    }
    return into
  }
  // What the entry loads already, Vite preloads itself.
  const loaded = new Set<string>()
  for (const entry of chunks.filter((c) => c.isEntry)) closure(entry, loaded)
  const chunkOf = (module: string): BundleChunk => {
    const id = `${root}/${module}`
    const chunk = chunks.find((c) => c.facadeModuleId === id)
    if (!chunk) throw new Error(`early start: ${module} is not a chunk of its own`)
    return chunk
  }
  const filesOf = (modules: readonly string[]): string[] => {
    const files = new Set<string>()
    for (const module of modules)
      for (const file of closure(chunkOf(module))) {
        if (loaded.has(file)) continue
        files.add(file)
        for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) files.add(css)
      }
    return [...files]
  }
  const worker = Object.values(bundle).find((b) => WORKER_FILE.test(b.fileName))
  return {
    routes: ROUTE_MODULES.map(([pattern, modules]) => [pattern, filesOf(modules)]),
    catalogs: Object.fromEntries(
      Object.entries(CATALOG_MODULES).map(([lang, module]) => [lang, chunkOf(module).fileName]),
    ),
    worker: worker?.fileName ?? null,
  }
}

/**
 * The inline script: starts the worker, which src/data/worker/validate-in-worker.ts adopts
 * (with whether it failed to start, since its error event may come before the app listens),
 * asks for a same-origin `?data=` export, and preloads the opened route's files and the
 * language's catalog, in that order of need.
 */
export function earlyStartScript(start: EarlyStart, base: string): string {
  const data = JSON.stringify({ base, ...start })
  return `
      ;(function (s) {
        var path = '/' + location.pathname.slice(s.base.length)
        // The worker first: its thread starts (and loads the shared Intl data) while the page
        // is still busy with what follows.
        if (s.worker && typeof Worker !== 'undefined')
          try {
            var early = { worker: new Worker(s.base + s.worker, { type: 'module' }), failed: false }
            early.worker.addEventListener('error', function () {
              early.failed = true
            })
            window.kasvukarttaWorker = early
          } catch (e) {}
        var query = new URLSearchParams(location.search)
        // The export is asked for at once when it is on this origin (always allowed): the
        // ?data= one now, as the config is, else the config's once the config has come.
        // src/data/load/early-export-response.ts hands the response to the page's load.
        function ask(address) {
          var url = new URL(address, new URL(s.base, location.href))
          if (url.origin !== location.origin || url.username || url.password) return null
          url.hash = ''
          var stop = new AbortController()
          var request = {
            url: url.href,
            abort: function () {
              stop.abort()
            },
            response: fetch(url.href, {
              headers: { accept: 'application/json' },
              signal: stop.signal,
            }).catch(function () {
              return null
            }),
          }
          // Not taken over within a minute: nobody will read it.
          setTimeout(function () {
            if (window.kasvukarttaExport === request || window.kasvukarttaConfigExport) stop.abort()
          }, 60000)
          return request
        }
        var data = query.get('data')
        if (typeof AbortController !== 'undefined')
          try {
            if (data) window.kasvukarttaExport = ask(data) || undefined
            else if (window.kasvukarttaConfig && !/\\/accessibility$/.test(path))
              window.kasvukarttaConfigExport = window.kasvukarttaConfig.response
                .then(function (r) {
                  return r && r.ok ? r.clone().json() : null
                })
                .then(function (c) {
                  return c && typeof c.dataUrl === 'string' ? ask(c.dataUrl) : null
                })
                .catch(function () {
                  return null
                })
          } catch (e) {}
        function preload(file) {
          var link = document.createElement('link')
          var css = /\\.css$/.test(file)
          link.rel = css ? 'preload' : 'modulepreload'
          if (css) link.as = 'style'
          link.crossOrigin = ''
          link.href = s.base + file
          document.head.appendChild(link)
        }
        for (var i = 0; i < s.routes.length; i++)
          if (new RegExp(s.routes[i][0]).test(path)) {
            s.routes[i][1].forEach(preload)
            break
          }
        var lang = query.get('lang')
        preload(s.catalogs[lang] ? s.catalogs[lang] : s.catalogs.fi)
      })(${data})
    `
}

/**
 * Puts the early start after the app's module script and its preloads, and before the
 * stylesheet: an inline script after a stylesheet waits until the stylesheet has loaded, and
 * its requests would wait with it; before the module script, its forty route preloads took
 * the browser's connections first and the app's own entry waited behind them.
 */
export function insertEarlyStart(html: string, script: string): string {
  const at = html.search(/<link rel="stylesheet"/)
  if (at < 0) return html.replace('</head>', `  ${script}\n  </head>`)
  return `${html.slice(0, at)}${script}\n    ${html.slice(at)}`
}

/** Adds the early start to the built index.html, before the policy plugin hashes its scripts. */
export function earlyStartPlugin(): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'kasvukartta-early-start',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html
        const start = earlyStartOf(ctx.bundle as unknown as Record<string, BundleItem>, root)
        return insertEarlyStart(html, `<script>${earlyStartScript(start, base)}</script>`)
      },
    },
  }
}

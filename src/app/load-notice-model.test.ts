import { describe, expect, it } from 'vitest'
import { LoadError } from '../data/load/load-error.ts'
import type { LoadedExport } from '../data/load/load-with-fallback.ts'
import type { ExportLoad } from '../data/load/use-export-load.ts'
import { validateExportValue } from '../domain/validate/validate-export.ts'
import demo from '../../mocks/demo-export.json'
import { loadNotices } from './load-notice-model.ts'

const loadedReport = validateExportValue(demo)
const partialReport = validateExportValue({
  ...demo,
  opportunities: [...demo.opportunities.slice(0, 5), 1, 2],
})
const unreadable = validateExportValue([])

function done(loaded: Partial<LoadedExport>): ExportLoad {
  const full: LoadedExport = {
    report: loadedReport,
    source: { kind: 'url', url: 'https://x.example/e.json' },
    loadedAt: '2026-12-01T10:00:00Z',
    fromCache: false,
    saved: Promise.resolve(true),
    ...loaded,
  }
  return {
    phase: 'done',
    fetched: { report: full.report, url: 'x', fetchedAt: full.loadedAt },
    loaded: full,
    retry: () => undefined,
  }
}

describe('loadNotices', () => {
  it('says nothing for a clean fresh load, or while loading', () => {
    expect(loadNotices(done({}))).toEqual([])
    expect(
      loadNotices({ phase: 'loading', attempt: 1, maxAttempts: 4, progress: null, preview: null }),
    ).toEqual([])
  })

  it('counts the records set aside, listed or not', () => {
    expect(loadNotices(done({ report: partialReport }))).toEqual([{ kind: 'setAside', count: 2 }])
  })

  it('says a cached copy stands in for a failing source, and whether it is asked again', () => {
    const network = new LoadError({ kind: 'network' }, 'x')
    const notices = loadNotices(
      done({ fromCache: true, savedAt: '2026-11-30T08:00:00Z', failure: network }),
    )
    expect(notices).toEqual([
      { kind: 'cachedCopy', savedAt: '2026-11-30T08:00:00Z', failure: network, retrying: true },
    ])
    const notFound = new LoadError({ kind: 'http', status: 404 }, 'x')
    expect(
      loadNotices(done({ fromCache: true, savedAt: '2026-11-30T08:00:00Z', failure: notFound })),
    ).toMatchObject([{ kind: 'cachedCopy', retrying: false }])
  })

  it('says when fresh data replaced the copy', () => {
    expect(loadNotices(done({ replacedCopyFrom: '2026-11-30T08:00:00Z' }))).toEqual([
      { kind: 'refreshed', replacedCopyFrom: '2026-11-30T08:00:00Z' },
    ])
  })

  it('explains an answer that did not load, and offers the copy when there is one', () => {
    const notices = loadNotices(
      done({ report: unreadable, cachedCopy: { savedAt: '2026-11-30T08:00:00Z' } }),
    )
    expect(notices).toMatchObject([
      { kind: 'failed', error: null, cachedCopy: { savedAt: '2026-11-30T08:00:00Z' } },
    ])
    const error = new LoadError({ kind: 'http', status: 404 }, 'x')
    expect(
      loadNotices({
        phase: 'failed',
        error,
        retry: () => undefined,
        cachedCopy: { savedAt: '2026-11-30T08:00:00Z' },
      }),
    ).toEqual([
      { kind: 'failed', error, answer: null, cachedCopy: { savedAt: '2026-11-30T08:00:00Z' } },
    ])
  })
})

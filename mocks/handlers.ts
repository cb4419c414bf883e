import { HttpResponse, delay, http, type HttpHandler } from 'msw'
import type { ExportInput } from '../src/domain/format/export-schema.ts'
import demoJson from './demo-export.json'
import earlierJson from './demo-export-earlier.json'
import type { Scenario } from './scenarios.ts'

/** Any origin and base path: the app fetches `<base>data/growth-opportunities.json`. */
export const EXPORT_PATH = '*/data/growth-opportunities.json'

const demo = demoJson as unknown as ExportInput
const earlier = earlierJson as unknown as ExportInput

/** The demo one round earlier, the baseline to compare with (`?compare=` this path). */
export const EARLIER_EXPORT_PATH = '*/data/growth-opportunities-earlier.json'

/** Where the `redirect` scenario sends the data request: an origin data may not come from. */
export const FOREIGN_EXPORT = 'https://evil.example/data/growth-opportunities.json'

/** The demo export with three opportunities broken in three different ways. */
export const SCHEMA_ERROR_IDS = ['kk-003', 'kk-010', 'kk-020'] as const

function withSchemaErrors(): ExportInput {
  const copy = structuredClone(demo)
  for (const o of copy.opportunities) {
    if (o.id === 'kk-003') o.theme = 'th-no-such-theme'
    if (o.id === 'kk-010') o.scores = { ...o.scores, 'imp-business': 9 }
    if (o.id === 'kk-020') o.links = [{ label: { fi: 'Klikkaa' }, url: 'javascript:alert(1)' }]
  }
  return copy
}

/** The demo as text, cut in the middle of a record: what a broken upload or editor leaves. */
function malformedText(): string {
  const text = JSON.stringify(demo, null, 2)
  return text.slice(0, Math.floor(text.length / 2))
}

let largeExport: Promise<string> | null = null

/** 10 000 generated opportunities (about 5 MB): built on first use, then reused. */
function largeExportText(): Promise<string> {
  largeExport ??= import('./generate-export.ts').then(({ generateExport }) =>
    JSON.stringify(generateExport({ count: 10_000, seed: 2022 })),
  )
  return largeExport
}

function json(text: string): Response {
  return new HttpResponse(text, { headers: { 'content-type': 'application/json' } })
}

/** Handlers for one scenario; the same list feeds the browser worker and the Node server. */
export function handlersFor(scenario: Scenario): HttpHandler[] {
  switch (scenario) {
    case 'normal':
      return [http.get(EXPORT_PATH, () => HttpResponse.json(demo))]
    case 'slow':
      return [
        http.get(EXPORT_PATH, async () => {
          await delay(3000)
          return HttpResponse.json(demo)
        }),
      ]
    case 'error':
      return [
        http.get(
          EXPORT_PATH,
          () => new HttpResponse(null, { status: 500, statusText: 'Internal Server Error' }),
        ),
      ]
    case 'malformed':
      return [http.get(EXPORT_PATH, () => json(malformedText()))]
    case 'schema-errors':
      return [http.get(EXPORT_PATH, () => HttpResponse.json(withSchemaErrors()))]
    case 'empty':
      return [http.get(EXPORT_PATH, () => HttpResponse.json({ ...demo, opportunities: [] }))]
    case 'large':
      return [http.get(EXPORT_PATH, async () => json(await largeExportText()))]
    case 'compare':
      // With `&compare=data/growth-opportunities-earlier.json`: the demo against its last round.
      return [
        http.get(EXPORT_PATH, () => HttpResponse.json(demo)),
        http.get(EARLIER_EXPORT_PATH, () => HttpResponse.json(earlier)),
      ]
    case 'redirect':
      // A server that sends the data request on to another origin, which answers with data:
      // the app must refuse it as it refuses a ?data= link to there.
      // The foreign address first: EXPORT_PATH matches every origin, so in the other order the
      // redirected request would be redirected again, endlessly.
      return [
        http.get(FOREIGN_EXPORT, () => HttpResponse.json(demo)),
        http.get(EXPORT_PATH, () => Response.redirect(FOREIGN_EXPORT, 302)),
      ]
  }
}

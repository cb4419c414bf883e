import { z } from 'zod'

/**
 * Saved table views (issue 6): a name and the table's part of the URL state (columns, sort,
 * filters, grouping) as its canonical query string, so a saved view is also a link. Kept in
 * the browser and written to, or read from, a small JSON file:
 *
 * { "format": "kasvukartta-table-views", "version": 1,
 *   "views": [{ "name": "Energy, by priority", "query": "theme=energy&sort=-priority" }] }
 *
 * The query is read back through the URL schema, which drops whatever it does not know, so a
 * file from elsewhere cannot put anything but view state into the page.
 */

export const SAVED_VIEWS_FORMAT = 'kasvukartta-table-views'
export const MAX_VIEW_NAME = 100
export const MAX_VIEWS = 200

export const SavedViewSchema = z.object({
  name: z.string().trim().min(1).max(MAX_VIEW_NAME),
  query: z.string().max(4000),
})
export type SavedView = z.output<typeof SavedViewSchema>

export const SavedViewsFileSchema = z.object({
  format: z.literal(SAVED_VIEWS_FORMAT),
  version: z.literal(1),
  views: z.array(SavedViewSchema).max(MAX_VIEWS),
})

export type SavedViewsProblem = 'notJson' | 'wrongFormat' | 'invalid'

export type SavedViewsRead =
  { ok: true; views: SavedView[] } | { ok: false; problem: SavedViewsProblem }

/** A saved-views file's text → its views, or what is wrong with it (never throws). */
export function readSavedViews(text: string): SavedViewsRead {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'notJson' }
  }
  const format = (value as { format?: unknown } | null)?.format
  if (format !== SAVED_VIEWS_FORMAT) return { ok: false, problem: 'wrongFormat' }
  const r = SavedViewsFileSchema.safeParse(value)
  return r.success ? { ok: true, views: r.data.views } : { ok: false, problem: 'invalid' }
}

export function savedViewsText(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: 1, views }, null, 2)}\n`
}

/** Views with this one added, or replacing the one of the same name (ignoring case). */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const name = view.name.trim()
  const same = (v: SavedView) => v.name.toLowerCase() === name.toLowerCase()
  const at = views.findIndex(same)
  const entry = { name, query: view.query }
  if (at < 0) return [...views, entry].slice(-MAX_VIEWS)
  return views.map((v, i) => (i === at ? entry : v))
}

/** Views merged with imported ones: an imported view replaces a saved one of its name. */
export function mergeViews(
  views: readonly SavedView[],
  imported: readonly SavedView[],
): SavedView[] {
  let out = [...views]
  for (const v of imported) out = withView(out, v)
  return out
}

export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name)
}

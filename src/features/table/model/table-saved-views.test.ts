import { describe, expect, it } from 'vitest'
import {
  mergeViews,
  readSavedViews,
  savedViewsText,
  withView,
  withoutView,
} from './table-saved-views.ts'

describe('saved views', () => {
  const views = [
    { name: 'Energia', query: 'theme=th-energy&sort=-priority' },
    { name: 'Budjetit', query: 'sort=-budget&group=theme' },
  ]

  it('round-trips through the file format', () => {
    const text = savedViewsText(views)
    expect(JSON.parse(text)).toEqual({ format: 'kasvukartta-table-views', version: 1, views })
    expect(readSavedViews(text)).toEqual({ ok: true, views })
  })

  it('explains what is wrong with a file', () => {
    expect(readSavedViews('{nope')).toEqual({ ok: false, problem: 'notJson' })
    expect(readSavedViews('{"format":"other"}')).toEqual({ ok: false, problem: 'wrongFormat' })
    expect(readSavedViews('null')).toEqual({ ok: false, problem: 'wrongFormat' })
    const bad = (v: unknown) =>
      readSavedViews(JSON.stringify({ format: 'kasvukartta-table-views', version: 1, views: v }))
    expect(bad([{ name: ' ', query: '' }])).toEqual({ ok: false, problem: 'invalid' })
    expect(bad([{ name: 'x' }])).toEqual({ ok: false, problem: 'invalid' })
    expect(bad('x')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('replaces a view of the same name, ignoring case; removes by name', () => {
    const next = withView(views, { name: ' energia ', query: 'q=x' })
    expect(next).toEqual([{ name: 'energia', query: 'q=x' }, views[1]])
    expect(withoutView(views, 'Energia')).toEqual([views[1]])
    expect(mergeViews([views[0] as (typeof views)[0]], [views[1] as (typeof views)[1]])).toEqual(
      views,
    )
  })
})

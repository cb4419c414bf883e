import { describe, expect, it } from 'vitest'
import { parseRouterSearch, searchVia, stringifyRouterSearch } from './router-search.ts'
import { DEFAULT_VIEW_STATE } from './view-state.ts'

describe('router search', () => {
  it('reads view state and keeps data and other parameters', () => {
    const s = parseRouterSearch('?data=%2Fx.json&status=planned,bogus&mock=slow&lang=sv')
    expect(s.statuses).toEqual(['planned'])
    expect(s.lang).toBe('sv')
    expect(s.data).toBe('/x.json')
    expect(s.mock).toBe('slow')
  })

  it('writes a canonical query: other parameters first, defaults left out', () => {
    const s = parseRouterSearch('?lang=fi&theme=b,a&data=%2Fx.json')
    expect(stringifyRouterSearch(s)).toBe('?data=%2Fx.json&theme=a,b')
    expect(stringifyRouterSearch({ ...DEFAULT_VIEW_STATE })).toBe('')
  })

  it('round-trips a shared link exactly', () => {
    const link = '?data=%2Fd.json&theme=a,b&q=p%C3%A4%C3%A4&w=x:2&sort=-priority&lang=en'
    expect(stringifyRouterSearch(parseRouterSearch(link))).toBe(link)
  })

  it('never lets a parameter named like a state field replace the state', () => {
    const s = parseRouterSearch('?themes=evil&weights=x')
    expect(s.themes).toEqual([])
    expect(s.weights).toEqual({})
  })
})

describe('searchVia', () => {
  it('names the view in canonical place and keeps the view state and other parameters', () => {
    expect(searchVia('?data=%2Fx.json&sort=-budget&lang=sv', 'table')).toBe(
      '?data=%2Fx.json&sort=-budget&via=table&lang=sv',
    )
    expect(searchVia('', 'matrix')).toBe('?via=matrix')
  })

  it('drops the view when going back to it', () => {
    expect(searchVia('?sort=-budget&via=table', null)).toBe('?sort=-budget')
  })
})

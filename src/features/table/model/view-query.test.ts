import { describe, expect, it } from 'vitest'
import { decodeViewState, encodeViewState } from '../../../url-state/view-state.ts'
import { viewFromQuery, viewQuery } from './view-query.ts'

describe('the table state in the URL', () => {
  const link =
    'status=planned,inProgress&q=porotalous&sort=-priority,title&group=theme' +
    '&cols=title,id,budget&range=budget:1000..5000,updated:2026-01-01..&lang=sv'

  it('round-trips sort, columns, filters, grouping and ranges through the URL', () => {
    const state = decodeViewState(link)
    expect(state.sort).toEqual([
      { column: 'priority', desc: true },
      { column: 'title', desc: false },
    ])
    expect(state.range.budget).toEqual({ min: 1000, max: 5000 })
    expect(encodeViewState(state)).toBe(link)
  })

  it('keeps the table part in a saved view: not the language or what-if weights', () => {
    const state = decodeViewState(`${link}&w=imp:2`)
    const query = viewQuery(state)
    expect(query).toBe(link.replace('&lang=sv', ''))
    expect(viewFromQuery(query)).toEqual({
      cols: ['title', 'id', 'budget'],
      sort: state.sort,
      group: 'theme',
      themes: [],
      clusters: [],
      goals: [],
      types: [],
      statuses: ['planned', 'inProgress'],
      sources: [],
      q: 'porotalous',
      range: state.range,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { searchWithChange } from './change-search.ts'

describe('searchWithChange', () => {
  it('keeps the language, data, baseline and weights, and sets only the change filter', () => {
    const search = '?theme=th-a&lang=sv&compare=data%2Fe.json&w=imp:2&change=added&q=x'
    const params = new URLSearchParams(searchWithChange(search, 'moved'))
    expect(params.get('lang')).toBe('sv')
    expect(params.get('compare')).toBe('data/e.json')
    expect(params.get('w')).toBe('imp:2')
    expect(params.getAll('change')).toEqual(['moved'])
    expect(params.has('theme')).toBe(false)
    expect(params.has('q')).toBe(false)
  })

  it('keeps the "moved" thresholds, which decide what the link counts', () => {
    const params = new URLSearchParams(searchWithChange('?compare=e.json&moved=5,20', 'moved'))
    expect(params.get('moved')).toBe('5,20')
  })
})

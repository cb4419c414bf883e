import { describe, expect, it } from 'vitest'
import { formatMessage } from './format-message.ts'

describe('formatMessage', () => {
  it('inserts parameters and formats numbers for the locale', () => {
    expect(formatMessage('fi', 'Rivi {line}, sarake {column}', { line: 12, column: 3 })).toBe(
      'Rivi 12, sarake 3',
    )
    expect(formatMessage('fi', '{n} €', { n: 1234567.5 })).toBe('1\u00a0234\u00a0567,5 €')
    expect(formatMessage('en', '{n}', { n: 1234567.5 })).toBe('1,234,567.5')
  })

  it('chooses plural forms by the language’s rules', () => {
    const t = '{count, plural, one {# varoitus} other {# varoitusta}}'
    expect(formatMessage('fi', t, { count: 1 })).toBe('1 varoitus')
    expect(formatMessage('fi', t, { count: 3 })).toBe('3 varoitusta')
    expect(formatMessage('fi', t, { count: 1200 })).toBe('1\u00a0200 varoitusta')
  })

  it('supports exact cases and nested parameters', () => {
    const t = '{n, plural, =0 {none of {what}} one {# {what}} other {# {what}s}}'
    expect(formatMessage('en', t, { n: 0, what: 'theme' })).toBe('none of theme')
    expect(formatMessage('en', t, { n: 2, what: 'theme' })).toBe('2 themes')
  })

  it('leaves unknown placeholders visible rather than dropping text', () => {
    expect(formatMessage('en', 'Hello {name}', {})).toBe('Hello {name}')
  })

  it('never interprets parameter text', () => {
    expect(formatMessage('en', 'Title: {t}', { t: '<b>{count}</b>' })).toBe('Title: <b>{count}</b>')
  })
})

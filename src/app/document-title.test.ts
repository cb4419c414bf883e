import { describe, expect, it } from 'vitest'
import { composeDocumentTitle, pageName } from './document-title.ts'

describe('pageName', () => {
  it('names each view by its navigation word', () => {
    expect(pageName('/')).toEqual({ kind: 'message', key: 'nav.overview' })
    expect(pageName('/matrix')).toEqual({ kind: 'message', key: 'nav.matrix' })
    expect(pageName('/roadmap')).toEqual({ kind: 'message', key: 'nav.roadmap' })
    expect(pageName('/opportunities')).toEqual({ kind: 'message', key: 'nav.opportunities' })
    expect(pageName('/data')).toEqual({ kind: 'message', key: 'nav.data' })
    expect(pageName('/accessibility')).toEqual({ kind: 'message', key: 'nav.accessibility' })
    expect(pageName('/sessions')).toEqual({ kind: 'message', key: 'nav.sessions' })
    expect(pageName('/present')).toEqual({ kind: 'message', key: 'nav.present' })
    expect(pageName('/changes')).toEqual({ kind: 'message', key: 'nav.changes' })
    expect(pageName('/sessions/s-1/minutes')).toEqual({ kind: 'message', key: 'nav.minutes' })
  })

  it('names an opportunity page by its decoded id, for the title lookup', () => {
    expect(pageName('/opportunities/kk-001')).toEqual({ kind: 'opportunity', id: 'kk-001' })
    expect(pageName('/opportunities/a%20b')).toEqual({ kind: 'opportunity', id: 'a b' })
    expect(pageName('/opportunities/%E0%A4%A')).toEqual({ kind: 'opportunity', id: '%E0%A4%A' })
  })

  it('calls anything else the not-found page', () => {
    expect(pageName('/nothing')).toEqual({ kind: 'message', key: 'page.notFound.heading' })
    expect(pageName('/opportunities/a/b')).toEqual({
      kind: 'message',
      key: 'page.notFound.heading',
    })
  })
})

describe('composeDocumentTitle', () => {
  it('puts the page first, then the dataset, then the app', () => {
    expect(
      composeDocumentTitle([
        'Matriisi',
        'Lapin älykkään erikoistumisen kasvumahdollisuudet',
        'Kasvukartta',
      ]),
    ).toBe('Matriisi – Lapin älykkään erikoistumisen kasvumahdollisuudet – Kasvukartta')
  })

  it('leaves out parts not known yet instead of showing empty dashes', () => {
    expect(composeDocumentTitle(['Matriisi', null, 'Kasvukartta'])).toBe('Matriisi – Kasvukartta')
    expect(composeDocumentTitle([undefined, '  ', 'Kasvukartta'])).toBe('Kasvukartta')
  })

  it('flattens line breaks and runs of spaces from data, and says a repeated part once', () => {
    expect(composeDocumentTitle(['Two\n  lines ', 'Kasvukartta', 'Kasvukartta'])).toBe(
      'Two lines – Kasvukartta',
    )
  })

  it('keeps angle brackets as the characters they are', () => {
    expect(composeDocumentTitle(['CO2 < 50 <b>', 'Kasvukartta'])).toBe('CO2 < 50 <b> – Kasvukartta')
  })
})

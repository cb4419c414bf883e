import { describe, expect, it } from 'vitest'
import type { ContentLanguage } from '../format/languages.ts'
import { reportForLanguage, translationWarnings } from './translation-warnings.ts'
import { validateExportText } from './validate-export.ts'
import { variedExport } from '../../../tests/fixtures/varied-records.ts'

/**
 * The worker validates without a language and adds the page language's warnings afterwards
 * (reportForLanguage); that must give exactly what validating in that language gives.
 */

const text = JSON.stringify(variedExport(200))

describe('reportForLanguage', () => {
  it.each<ContentLanguage>(['fi', 'sv', 'en', 'se'])(
    'adds the warnings validating in %s gives, in the same order',
    (language) => {
      const plain = validateExportText(text)
      const inLanguage = validateExportText(text, { language })
      expect(plain.outcome).toBe('loaded')
      // Every text is in Finnish, the default language; other languages miss some.
      expect(inLanguage.problems.length > plain.problems.length).toBe(language !== 'fi')
      expect(reportForLanguage(plain, language)).toEqual(inLanguage)
    },
  )

  it('gives the same object for the same report and language', () => {
    const plain = validateExportText(text)
    expect(reportForLanguage(plain, 'en')).toBe(reportForLanguage(plain, 'en'))
  })

  it('leaves a report without data alone', () => {
    const unreadable = validateExportText('')
    expect(reportForLanguage(unreadable, 'en')).toBe(unreadable)
  })
})

describe('translationWarnings', () => {
  const frame = {
    dataset: {
      id: 'd',
      title: { fi: 'Otsikko' },
      defaultLanguage: 'fi' as const,
      strategyPeriod: { start: 2021, end: 2027 },
    },
    themes: [{ id: 't', name: 'Teema', description: { fi: 'Kuvaus', en: 'Description' } }],
    criteria: [],
  }
  const records = [
    { index: 0, value: { title: { fi: 'A', en: 'A' }, summary: 'Tiivistelmä' } },
    { index: 3, value: { title: 'B', description: { en: 'Only English' } } },
    { index: 5, value: { title: { fi: 'C', en: 'C' } } },
  ]
  let refs = 0
  const access = {
    index: (r: (typeof records)[number]) => r.index,
    value: (r: (typeof records)[number]) => r.value,
    ref: (r: (typeof records)[number]) => {
      refs++
      return { index: r.index }
    },
  }

  it('names the fields missing in the language, one warning per record', () => {
    refs = 0
    const out = translationWarnings(frame, records, access, 'en')
    expect(out.map((p) => [p.path, p.params.fields])).toEqual([
      [['dataset'], 'title'],
      [['themes', 0], 'name'],
      [['opportunities', 0], 'summary'],
      [['opportunities', 3], 'title'],
    ])
    expect(out[2]?.opportunity).toEqual({ index: 0 })
    // References are made only for records that get a warning.
    expect(refs).toBe(2)
  })

  it('lists several missing fields in the order title, summary, description', () => {
    const out = translationWarnings(frame, records, access, 'sv')
    expect(out.find((p) => p.path[1] === 3)?.params.fields).toBe('title, description')
  })
})

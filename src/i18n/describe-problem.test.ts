import { describe, expect, it } from 'vitest'
import type { Problem } from '../domain/format/problems.ts'
import { PROBLEM_CODES } from '../domain/format/problems.ts'
import { catalogs, describeProblem } from './catalogs.ts'

const outOfRange: Problem = {
  severity: 'error',
  code: 'score.outOfRange',
  params: { criterion: 'imp-rdi', value: 7, min: 1, max: 5, field: 'imp-rdi' },
  path: ['opportunities', 3, 'scores', 'imp-rdi'],
  opportunity: {
    index: 3,
    id: 'kk-004',
    title: { fi: 'Akkumineraalien arvoketju', en: 'Battery mineral value chain' },
  },
}

describe('describeProblem', () => {
  it('says what is wrong and where, in each UI language', () => {
    expect(describeProblem(outOfRange, 'en')).toEqual({
      message: 'The score 7 for imp-rdi is outside its range 1–5.',
      path: '$.opportunities[3].scores["imp-rdi"]',
      opportunity: 'opportunity kk-004 “Battery mineral value chain”',
    })
    expect(describeProblem(outOfRange, 'fi').message).toBe(
      'Kriteerin imp-rdi pistemäärä 7 on sallitun välin 1–5 ulkopuolella.',
    )
    expect(describeProblem(outOfRange, 'fi').opportunity).toBe(
      'kasvumahdollisuus kk-004 ”Akkumineraalien arvoketju”',
    )
    expect(describeProblem(outOfRange, 'sv').message).toBe(
      'Poängen 7 för imp-rdi ligger utanför intervallet 1–5.',
    )
  })

  it('translates words inside parameters', () => {
    const p: Problem = {
      severity: 'error',
      code: 'field.wrongType',
      params: { field: 'budgetEur', expected: 'number', found: 'string' },
      path: ['opportunities', 0, 'budgetEur'],
    }
    expect(describeProblem(p, 'fi').message).toBe(
      'Kentän budgetEur pitäisi olla luku, mutta se on tekstiä.',
    )
    expect(describeProblem(p, 'en').message).toBe(
      'The field budgetEur should be a number, but it is text.',
    )
  })

  it('writes line and column numbers without digit grouping', () => {
    const p: Problem = {
      severity: 'error',
      code: 'unreadable.notJson',
      params: { line: 3389, column: 12, found: '}' },
      path: [],
    }
    expect(describeProblem(p, 'fi').message).toBe(
      'Tiedosto ei ole kelvollista JSONia: virhe on rivillä 3389, sarakkeessa 12.',
    )
  })

  it('names an opportunity without an id by its position', () => {
    const p: Problem = {
      severity: 'error',
      code: 'opportunity.notObject',
      params: { found: 'number' },
      path: ['opportunities', 9],
      opportunity: { index: 9 },
    }
    expect(describeProblem(p, 'en').opportunity).toBe('opportunity no. 10')
  })

  it('has a message for every problem code in every language, with the same placeholders', () => {
    for (const code of PROBLEM_CODES) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort()
      for (const lang of ['fi', 'sv'] as const) {
        expect(catalogs[lang][code], `${lang} ${code}`).toBeTruthy()
        expect(placeholders(catalogs[lang][code]), `${lang} ${code}`).toEqual(
          placeholders(catalogs.en[code]),
        )
      }
    }
  })
})

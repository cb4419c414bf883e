import type { LocalizedText } from './localized-text.ts'

/**
 * Every problem the validator can report. Each code is also a key of the UI catalogs
 * (src/i18n/messages-*.ts), which turn it and its parameters into a sentence in Finnish,
 * Swedish or English; the domain itself never writes prose.
 */
export const PROBLEM_CODES = [
  // 1. Not readable
  'unreadable.empty',
  'unreadable.tooLarge',
  'unreadable.notUtf8',
  'unreadable.notJson',
  'unreadable.notObject',
  'unreadable.noVersion',
  'unreadable.badVersion',
  'unreadable.wrongMajor',
  'unreadable.tooDeep',
  // Field rules, wherever they apply (frame: broken frame; opportunity: set aside)
  'field.required',
  'field.wrongType',
  'field.notAllowed',
  'field.tooSmall',
  'field.tooBig',
  'field.tooFewItems',
  'field.notInteger',
  'field.invalidId',
  'field.invalidPeriod',
  'field.invalidDate',
  'field.invalidDateTime',
  'field.invalidPeriodOrDate',
  'field.invalidColor',
  'field.invalid',
  'field.forbiddenKey',
  'field.duplicateKey',
  'field.tooManyEntries',
  'text.empty',
  'text.unknownLanguage',
  'link.unsafe',
  // 2. Broken frame
  'frame.duplicateId',
  'frame.missingAxis',
  'frame.minNotBelowMax',
  'frame.periodReversed',
  'frame.endDateBeforeDate',
  // 3. Opportunity set aside
  'opportunity.notObject',
  'opportunity.duplicateId',
  'ref.unknownTheme',
  'ref.unknownCluster',
  'ref.unknownSource',
  'ref.unknownActor',
  'ref.unknownCriterion',
  'ref.unknownOpportunity',
  'score.outOfRange',
  'period.endBeforeStart',
  'dependsOn.self',
  'dependsOn.cycle',
  // 4. Warnings
  'warning.newerMinor',
  'warning.unknownField',
  'warning.missingTranslation',
  'warning.unscored',
  'warning.noScores',
  'warning.milestoneOutsideHorizon',
  'warning.dependencySetAside',
  'warning.zeroWeights',
  'warning.htmlText',
  // Decision records (docs/decisions-format-v1.md)
  'decisions.notRecord',
  'decisions.wrongVersion',
  'decisions.duplicateOpportunity',
] as const

export type ProblemCode = (typeof PROBLEM_CODES)[number]

export type ProblemParams = Record<string, string | number>

/** Where in the export a problem is: a JSON path from the root. */
export type JsonPath = readonly (string | number)[]

export interface OpportunityRef {
  /** Position in the export's `opportunities` list, from 0. */
  index: number
  id?: string
  title?: LocalizedText
}

export interface Problem {
  severity: 'error' | 'warning'
  code: ProblemCode
  params: ProblemParams
  path: JsonPath
  opportunity?: OpportunityRef
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** `$.opportunities[3].scores["imp-rdi"]`: the form data producers find in their editors. */
export function formatJsonPath(path: JsonPath): string {
  let out = '$'
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (PLAIN_KEY.test(part)) out += `.${part}`
    else out += `[${JSON.stringify(part)}]`
  }
  return out
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value)
}

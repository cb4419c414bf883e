import type { ContentLanguage, UiLanguage } from '../domain/format/languages.ts'
import type { Problem } from '../domain/format/problems.ts'
import type { ValidationReport } from '../domain/validate/validation-report.ts'
import { problemCounts, setAsideCount } from '../domain/validate/report-counts.ts'
import { describeProblem, translate } from './catalogs.ts'

export interface ReportTextOptions {
  /** Warnings listed one by one; the rest are counted. */
  maxWarnings?: number
}

function problemLines(
  problem: Problem,
  lang: UiLanguage,
  defaultLanguage: ContentLanguage,
): string[] {
  const d = describeProblem(problem, lang, defaultLanguage)
  const where = [d.opportunity, translate(lang, 'report.where', { path: d.path })]
    .filter(Boolean)
    .join(', ')
  return [`  - ${d.message}`, `    ${where}`]
}

/** The validation report as plain text lines, for the terminal (npm run validate). */
export function reportText(
  report: ValidationReport,
  lang: UiLanguage,
  options: ReportTextOptions = {},
): string[] {
  const maxWarnings = options.maxWarnings ?? 25
  const defaultLanguage = 'data' in report ? report.data.dataset.defaultLanguage : 'fi'
  const lines: string[] = []
  const loaded = 'data' in report ? report.data.opportunities.length : 0
  switch (report.outcome) {
    case 'unreadable':
    case 'brokenFrame':
      lines.push(translate(lang, `report.outcome.${report.outcome}`))
      break
    case 'partial':
      lines.push(
        translate(lang, 'report.outcome.partial', { setAside: setAsideCount(report), loaded }),
      )
      break
    case 'loaded':
      lines.push(translate(lang, 'report.outcome.loaded', { loaded }))
  }
  const errors = report.problems.filter((p) => p.severity === 'error')
  const warnings = report.problems.filter((p) => p.severity === 'warning')
  const totals = problemCounts(report)
  if (totals.errors > 0) {
    lines.push(
      '',
      `${translate(lang, 'report.errorsHeading')} (${translate(lang, 'report.errors', { count: totals.errors })}):`,
    )
    for (const p of errors)
      for (const line of problemLines(p, lang, defaultLanguage)) lines.push(line)
    if (totals.errors > errors.length)
      lines.push(
        `  ${translate(lang, 'load.moreProblems', { count: totals.errors - errors.length })}`,
      )
  }
  if (totals.warnings > 0) {
    lines.push(
      '',
      `${translate(lang, 'report.warningsHeading')} (${translate(lang, 'report.warnings', { count: totals.warnings })}):`,
    )
    const shown = warnings.slice(0, maxWarnings)
    for (const p of shown)
      for (const line of problemLines(p, lang, defaultLanguage)) lines.push(line)
    if (totals.warnings > shown.length)
      lines.push(
        `  ${translate(lang, 'report.moreWarnings', { count: totals.warnings - shown.length })}`,
      )
  }
  return lines
}

import type { Problem } from '../format/problems.ts'
import { MAX_PROBLEMS_LISTED } from './limits.ts'
import type { Omitted, ValidationReport } from './validation-report.ts'

/** Errors and warnings in all, listed or not. */
export function problemCounts(report: ValidationReport): { errors: number; warnings: number } {
  let errors = report.omitted?.errors ?? 0
  let warnings = report.omitted?.warnings ?? 0
  for (const p of report.problems) {
    if (p.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}

/** Opportunities set aside in all, listed or not. */
export function setAsideCount(report: ValidationReport): number {
  return report.outcome === 'partial' ? report.setAside.length + (report.omitted?.setAside ?? 0) : 0
}

/**
 * The report with `extra` warnings after its own, as many listed as the limit leaves room for;
 * `extraOmitted` more that were counted but never listed.
 */
export function withWarnings<R extends ValidationReport>(
  report: R,
  extra: readonly Problem[],
  extraOmitted = 0,
): R {
  if (extra.length === 0 && extraOmitted === 0) return report
  const room = Math.max(0, MAX_PROBLEMS_LISTED - report.problems.length)
  const listed = extra.length <= room ? extra : extra.slice(0, room)
  const problems = [...report.problems, ...listed]
  const omittedNow = extra.length - listed.length + extraOmitted
  if (omittedNow === 0) return { ...report, problems }
  const before: Omitted = report.omitted ?? { errors: 0, warnings: 0, setAside: 0 }
  return { ...report, problems, omitted: { ...before, warnings: before.warnings + omittedNow } }
}

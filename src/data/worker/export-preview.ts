import { GROWTH_GOALS, STATUSES } from '../../domain/format/export-vocabulary.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { overviewSummary } from '../../domain/dataset/overview-stats.ts'
import { reportForLanguage } from '../../domain/validate/translation-warnings.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { ExportPreview } from '../load/load-progress.ts'
import type { TranslationWarnings } from './worker-protocol.ts'

/**
 * What the worker can tell the page about a usable report before handing the data over: the
 * overview as it will show, and the missing-translation warnings of the page's language (the
 * ones reportForLanguage would add, worked out here instead of in a pass on the page).
 */
export function previewOf(
  report: ValidationReport & { data: NormalisedExport },
  language: ContentLanguage,
): { preview: ExportPreview; translationWarnings: TranslationWarnings } {
  const inLanguage = reportForLanguage(report, language)
  let warnings = 0
  for (const p of inLanguage.problems) if (p.severity === 'warning') warnings++
  return {
    preview: { overview: overviewSummary(report.data, STATUSES, GROWTH_GOALS), language, warnings },
    translationWarnings: { language, problems: inLanguage.problems.slice(report.problems.length) },
  }
}

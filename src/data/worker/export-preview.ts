import { GROWTH_GOALS, STATUSES } from '../../domain/format/export-vocabulary.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { overviewSummary } from '../../domain/dataset/overview-stats.ts'
import { problemCounts } from '../../domain/validate/report-counts.ts'
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
  const { warnings } = problemCounts(inLanguage)
  const omitted = (inLanguage.omitted?.warnings ?? 0) - (report.omitted?.warnings ?? 0)
  return {
    preview: { overview: overviewSummary(report.data, STATUSES, GROWTH_GOALS), language, warnings },
    translationWarnings: {
      language,
      problems: inLanguage.problems.slice(report.problems.length),
      ...(omitted > 0 && { omitted }),
    },
  }
}

import type { Frame, Opportunity } from './export-schema.ts'
import type { ValidationReport } from './validate-export.ts'
import type { ContentLanguage } from './languages.ts'
import { hasLanguage, type LocalizedText } from './localized-text.ts'
import type { JsonPath, OpportunityRef, Problem } from './problems.ts'

/**
 * "Missing translations for the current language" (spec, warnings). One warning per record,
 * naming the fields, rather than one per text: a Finnish-only export viewed in English would
 * otherwise bury every other message.
 */
export function translationWarnings(
  frame: Pick<Frame, 'dataset' | 'themes' | 'criteria'>,
  accepted: readonly { index: number; value: Opportunity; ref: OpportunityRef }[],
  language: ContentLanguage,
): Problem[] {
  const defaultLanguage = frame.dataset.defaultLanguage
  const out: Problem[] = []
  const check = (
    fields: Record<string, LocalizedText | undefined>,
    path: JsonPath,
    ref?: OpportunityRef,
  ) => {
    const missing = Object.entries(fields)
      .filter(([, v]) => v !== undefined && !hasLanguage(v, language, defaultLanguage))
      .map(([k]) => k)
    if (missing.length === 0) return
    const p: Problem = {
      severity: 'warning',
      code: 'warning.missingTranslation',
      params: { language, fields: missing.join(', ') },
      path,
    }
    out.push(ref ? { ...p, opportunity: ref } : p)
  }
  check({ title: frame.dataset.title }, ['dataset'])
  frame.themes.forEach((t, i) => check({ name: t.name, description: t.description }, ['themes', i]))
  frame.criteria.forEach((c, i) =>
    check({ name: c.name, description: c.description }, ['criteria', i]),
  )
  for (const { index, value, ref } of accepted) {
    check(
      { title: value.title, summary: value.summary, description: value.description },
      ['opportunities', index],
      ref,
    )
  }
  return out
}

const withWarnings = new WeakMap<ValidationReport, Map<ContentLanguage, ValidationReport>>()

/**
 * The report with the missing-translation warnings of `language` added at the end, as
 * validating with that language would give. Validation runs once per load, without a language,
 * so switching the UI language neither fetches nor validates again; this adds the warnings
 * for the language shown. The same report and language give the same object.
 */
export function reportForLanguage(
  report: ValidationReport,
  language: ContentLanguage,
): ValidationReport {
  if (!('data' in report)) return report
  let byLanguage = withWarnings.get(report)
  if (!byLanguage) {
    byLanguage = new Map()
    withWarnings.set(report, byLanguage)
  }
  const cached = byLanguage.get(language)
  if (cached) return cached
  const data = report.data
  const extra = translationWarnings(
    data,
    data.opportunities.map((o) => ({
      index: o.index,
      value: o.record,
      ref: { index: o.index, id: o.id, title: o.record.title },
    })),
    language,
  )
  const out: ValidationReport =
    extra.length === 0 ? report : { ...report, problems: [...report.problems, ...extra] }
  byLanguage.set(language, out)
  return out
}

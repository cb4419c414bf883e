import type { Frame, Opportunity } from '../format/export-schema.ts'
import type { NormalisedOpportunity } from '../dataset/normalise-export.ts'
import { withWarnings } from './report-counts.ts'
import type { ValidationReport } from './validation-report.ts'
import type { ContentLanguage } from '../format/languages.ts'
import { hasLanguage, type LocalizedText } from '../format/localized-text.ts'
import type { JsonPath, OpportunityRef, Problem } from '../format/problems.ts'

/** How translationWarnings reads the opportunities it is given, whatever their wrapper. */
export interface TranslatableAccess<T> {
  index(o: T): number
  value(o: T): Pick<Opportunity, 'title' | 'summary' | 'description'>
  /** Called only for an opportunity that gets a warning. */
  ref(o: T): OpportunityRef
}

/**
 * "Missing translations for the current language" (spec, warnings). One warning per record,
 * naming the fields, rather than one per text: a Finnish-only export viewed in English would
 * otherwise bury every other message.
 *
 * Runs over every loaded opportunity, so a record with all its texts allocates nothing: the
 * field list is built only when a text is missing, and the record's reference only then.
 */
export function translationWarnings<T>(
  frame: Pick<Frame, 'dataset' | 'themes' | 'criteria'>,
  opportunities: readonly T[],
  access: TranslatableAccess<T>,
  language: ContentLanguage,
): Problem[] {
  const defaultLanguage = frame.dataset.defaultLanguage
  const out: Problem[] = []
  /** `missing` with `field` added when its text exists but not in `language`. */
  const addIfMissing = (missing: string, field: string, v: LocalizedText | undefined): string =>
    v === undefined || hasLanguage(v, language, defaultLanguage)
      ? missing
      : missing === ''
        ? field
        : `${missing}, ${field}`
  const warn = (missing: string, path: JsonPath, ref?: OpportunityRef) => {
    if (missing === '') return
    const params = { language, fields: missing }
    out.push(
      ref
        ? {
            severity: 'warning',
            code: 'warning.missingTranslation',
            params,
            path,
            opportunity: ref,
          }
        : { severity: 'warning', code: 'warning.missingTranslation', params, path },
    )
  }
  warn(addIfMissing('', 'title', frame.dataset.title), ['dataset'])
  frame.themes.forEach((t, i) =>
    warn(addIfMissing(addIfMissing('', 'name', t.name), 'description', t.description), [
      'themes',
      i,
    ]),
  )
  frame.criteria.forEach((c, i) =>
    warn(addIfMissing(addIfMissing('', 'name', c.name), 'description', c.description), [
      'criteria',
      i,
    ]),
  )
  for (let k = 0; k < opportunities.length; k++) {
    const o = opportunities[k] as T
    const value = access.value(o)
    let missing = addIfMissing('', 'title', value.title)
    missing = addIfMissing(missing, 'summary', value.summary)
    missing = addIfMissing(missing, 'description', value.description)
    if (missing !== '') warn(missing, ['opportunities', access.index(o)], access.ref(o))
  }
  return out
}

/** A loaded opportunity's reference, as the validator makes it for a valid record. */
const loadedAccess: TranslatableAccess<NormalisedOpportunity> = {
  index: (o) => o.index,
  value: (o) => o.record,
  ref: (o) => ({ index: o.index, id: o.id, title: o.record.title }),
}

const inLanguages = new WeakMap<ValidationReport, Map<ContentLanguage, ValidationReport>>()

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
  let byLanguage = inLanguages.get(report)
  if (!byLanguage) {
    byLanguage = new Map()
    inLanguages.set(report, byLanguage)
  }
  const cached = byLanguage.get(language)
  if (cached) return cached
  const data = report.data
  const extra = translationWarnings(data, data.opportunities, loadedAccess, language)
  const out = withWarnings(report, extra)
  byLanguage.set(language, out)
  return out
}

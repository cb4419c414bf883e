import type { Frame, Opportunity } from './export-schema.ts'
import type { ContentLanguage } from './languages.ts'
import { hasLanguage, type LocalizedText } from './localized-text.ts'
import type { JsonPath, OpportunityRef, Problem } from './problems.ts'

/**
 * "Missing translations for the current language" (spec, warnings). One warning per record,
 * naming the fields, rather than one per text: a Finnish-only export viewed in English would
 * otherwise bury every other message.
 */
export function translationWarnings(
  frame: Frame,
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

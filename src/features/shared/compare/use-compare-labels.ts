import { useCallback, useMemo } from 'react'
import type { ChangeClass, FieldChange } from '../../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { resolveText } from '../../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useLanguage } from '../../../i18n/language-context.tsx'
import { compareCatalog } from './compare-catalog.ts'

/**
 * The words for change classes and changed fields in the UI language; a criterion's score
 * is named by the criterion's name in the current export.
 */
export function useCompareLabels(data: NormalisedExport | null) {
  const t = useFeatureTranslate(compareCatalog)
  const lang = useLanguage()
  const changeLabel = useCallback((c: ChangeClass) => t(`class.${c}`), [t])
  const fieldLabel = useCallback(
    (f: FieldChange) => {
      if (f.field !== 'score') return t(`field.${f.field}`)
      const c = f.criterion === undefined ? undefined : data?.criterionById.get(f.criterion)
      const name = c
        ? resolveText(c.name, lang, data?.dataset.defaultLanguage ?? 'fi')?.text
        : undefined
      return t('field.score', { name: name ?? f.criterion ?? '' })
    },
    [t, data, lang],
  )
  return useMemo(() => ({ changeLabel, fieldLabel }), [changeLabel, fieldLabel])
}

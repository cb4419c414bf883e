import { useMemo, type ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../../domain/format/localized-text.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { Localized } from '../../ui/localized.tsx'
import type { MatrixRow } from './model/matrix-model.ts'

/**
 * What the matrix calls its rows, themes and axes: plain text for the chart's labels and
 * image, and marked-up nodes (with the text's language) for the lists and the table.
 */
export interface MatrixNames {
  titleOf(row: MatrixRow): string
  themeOf(row: MatrixRow): string
  themeName(themeId: string): string
  /** The names of the criteria on an axis, for its label. */
  criteriaOf(axis: 'impact' | 'feasibility'): string
  titleNode(row: MatrixRow): ReactNode
  themeNode(row: MatrixRow): ReactNode
}

/** The names in the UI language, the same functions until the data or the language changes. */
export function useMatrixNames(data: NormalisedExport): MatrixNames {
  const lang = useLanguage()
  return useMemo(() => matrixNames(data, lang), [data, lang])
}

function matrixNames(data: NormalisedExport, lang: UiLanguage): MatrixNames {
  const dl = data.dataset.defaultLanguage
  const text = (value: LocalizedText | undefined, fallback: string) =>
    resolveText(value, lang, dl)?.text ?? fallback
  const record = (row: MatrixRow) => data.opportunities[row.position]?.record
  const themeName = (id: string) => text(data.themeById.get(id)?.name, id)
  return {
    titleOf: (row) => text(record(row)?.title, row.id),
    themeOf: (row) => themeName(record(row)?.theme ?? ''),
    themeName,
    criteriaOf: (axis) =>
      data.criteria
        .filter((c) => c.axis === axis)
        .map((c) => text(c.name, c.id))
        .join(' · '),
    titleNode: (row) => <Localized value={record(row)?.title} defaultLanguage={dl} />,
    themeNode: (row) => (
      <Localized
        value={data.themeById.get(record(row)?.theme ?? '')?.name}
        defaultLanguage={dl}
        hint={false}
      />
    ),
  }
}

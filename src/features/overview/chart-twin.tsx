import type { ReactNode } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { overviewCatalog } from './overview-catalog.ts'

export interface TwinRow {
  key: string
  label: ReactNode
  /** The cells after the row's label, as shown (formatted numbers). */
  cells: readonly string[]
}

/**
 * A chart's table alternative with the same numbers, behind a disclosure so the dashboard stays
 * a page of pictures; a screen reader user opens it as any other control.
 */
export function ChartTwin({
  name,
  columns,
  rows,
}: {
  name: string
  /** The header of the label column, then of each value column. */
  columns: readonly string[]
  rows: readonly TwinRow[]
}) {
  const t = useFeatureTranslate(overviewCatalog)
  return (
    <details className="chart-twin">
      <summary>{t('twin.show')}</summary>
      <table>
        <caption className="vh">{t('twin.caption', { name })}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'number' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="number">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

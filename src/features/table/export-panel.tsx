import { useId, useState } from 'react'
import { writeCsv, type CsvDelimiter } from '../shared/csv/csv-text.ts'
import { exportRowsJson } from './model/table-json-export.ts'
import type { TableModel } from './model/table-row-model.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { downloadText, today } from '../../ui/file-download.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * Downloads the rows in view (every filter applied, in the sorted order) as CSV with the
 * columns shown, or as an export in format v1.
 */
export function ExportPanel({
  model,
  rows,
  columns,
  labelOf,
}: {
  model: TableModel
  rows: Int32Array
  columns: readonly string[]
  labelOf: (id: string) => string
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';')
  const selectId = useId()
  const base = `${model.data.dataset.id}-${today()}`

  const csv = () => {
    const records = function* () {
      for (let i = 0; i < rows.length; i++) {
        const p = rows[i] as number
        yield columns.map((c) => model.value(c, p))
      }
    }
    downloadText(
      writeCsv(columns.map(labelOf), records(), { delimiter }),
      `${base}.csv`,
      'text/csv;charset=utf-8',
    )
  }

  return (
    <details className="facet-panel table-panel">
      <summary>{tt('export')}</summary>
      <div className="panel-body export-body">
        <p className="muted">{tt('export.rows', { n: rows.length })}</p>
        <label htmlFor={selectId}>{tt('export.delimiter')}</label>{' '}
        <select
          id={selectId}
          value={delimiter}
          onChange={(e) => setDelimiter(e.target.value === ',' ? ',' : ';')}
        >
          <option value=";">{tt('export.semicolon')}</option>
          <option value=",">{tt('export.comma')}</option>
        </select>{' '}
        <button type="button" onClick={csv}>
          {tt('export.csv')}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            downloadText(
              exportRowsJson(model.data, currentRows(rows, model.removedFrom)),
              `${base}.json`,
              'application/json',
            )
          }
        >
          {tt('export.json')}
        </button>
      </div>
    </details>
  )
}

/**
 * The rows of opportunities in the current export: the JSON is an export in the format, so the
 * dropped ones' rows (from the baseline) stay out of it; the CSV keeps them with their change.
 */
function currentRows(rows: Int32Array, removedFrom: number | undefined): Int32Array {
  return removedFrom === undefined ? rows : rows.filter((p) => p < removedFrom)
}

import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { ViewState } from '../../url-state/view-state.ts'
import { ContextBlock } from '../shared/print-context/print-context-block.tsx'
import { useDescribeContext } from '../shared/print-context/use-print-context.ts'
import { usePrinting } from '../shared/print-context/use-printing.ts'
import { formatCell, formatEuroSum } from './model/cell-format.ts'
import type { TableGroup } from './model/table-group.ts'
import { budgetTotal, printSections, printsLandscape } from './model/table-print.ts'
import { tablePrintCatalog } from './table-print-catalog.ts'
import type { TableView } from './use-table-view.ts'
import './table-print.css'

interface Props {
  data: NormalisedExport
  state: ViewState
  view: TableView
  labelOf: (columnId: string) => string
  groupLabel: (group: TableGroup) => string
}

/**
 * The table on paper, only while printing: every row the filters leave (the screen draws
 * only those scrolled into view), in the table's order, with the visible columns, a header
 * the browser repeats on every page, group headings with subtotals, and the context block.
 */
export function TablePrint(props: Props) {
  return usePrinting() ? <PrintedTable {...props} /> : null
}

function PrintedTable({ data, state, view, labelOf, groupLabel }: Props) {
  const t = useTranslate()
  const pt = useFeatureTranslate(tablePrintCatalog)
  const locale = useLocale()
  const describe = useDescribeContext(data, state, view.rows.length)
  const { model, columns } = view
  const cols = columns.flatMap((id) => model.columnById.get(id) ?? [])
  const budgetKeys = model.keys('budget')
  const total = budgetTotal(view.rows, budgetKeys)
  const sections = printSections(view.rows, view.groups)
  const wide = printsLandscape(cols.length)
  const summary = (key: 'total' | 'subtotal', count: number, sum: number, budgeted: number) =>
    pt(key, { count, budget: formatEuroSum(sum, locale), budgeted })
  return (
    <div className={wide ? 'table-print table-print-wide' : 'table-print'}>
      <p className="table-print-title">{t('list.heading.opportunities')}</p>
      <ContextBlock context={describe()} />
      <table>
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c.id} scope="col">
                {labelOf(c.id)}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section, i) => (
          <tbody key={section.group?.value ?? `none-${i}`}>
            {section.group ? (
              <tr className="table-print-group">
                <th colSpan={cols.length} scope="rowgroup">
                  {groupLabel(section.group)}:{' '}
                  {summary(
                    'subtotal',
                    section.group.positions.length,
                    section.group.budgetSum,
                    section.group.budgetCount,
                  )}
                </th>
              </tr>
            ) : null}
            {section.positions.map((p) => (
              <tr key={p} data-id={data.opportunities[p]?.id}>
                {cols.map((c) => (
                  <td key={c.id} className={c.kind === 'number' ? 'num' : undefined}>
                    {formatCell(c.kind, c.id, model.value(c.id, p), locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <td colSpan={cols.length}>
              {summary('total', view.rows.length, total.sum, total.count)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { QrCode } from '../../../ui/qr-code.tsx'
import type { ContextState, PrintContext } from './print-context.ts'
import { printContextCatalog } from './print-context-catalog.ts'
import { useDescribeContext } from './use-print-context.ts'
import { usePrinting } from './use-printing.ts'
import './print-context.css'

/**
 * What the printout shows, on paper only: the dataset, the export, the filters, changed
 * weights, the day printed and the address with a QR code to open the same view again.
 */
export function PrintContextBlock({
  data,
  state,
  shown,
}: {
  data: NormalisedExport
  state: ContextState
  /** How many opportunities the view shows. */
  shown: number
}) {
  const printing = usePrinting()
  return printing ? <PrintedContext data={data} state={state} shown={shown} /> : null
}

function PrintedContext(props: { data: NormalisedExport; state: ContextState; shown: number }) {
  const describe = useDescribeContext(props.data, props.state, props.shown)
  return <ContextBlock context={describe()} />
}

export function ContextBlock({ context }: { context: PrintContext }) {
  const ct = useFeatureTranslate(printContextCatalog)
  return (
    <section className="print-context" aria-label={ct('label')}>
      <div className="print-context-text">
        <p className="print-context-title">{context.title}</p>
        <ul>
          {context.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li className="print-context-address">{context.shortAddress}</li>
        </ul>
      </div>
      <QrCode
        className="print-context-qr"
        value={context.address}
        label={ct('qr', { url: context.shortAddress })}
        size={76}
      />
    </section>
  )
}

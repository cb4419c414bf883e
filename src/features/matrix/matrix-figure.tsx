import { useMemo, useRef, type ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import { navigateTo, opportunityPath } from '../../url-state/location.ts'
import { searchVia } from '../../url-state/router-search.ts'
import type { SizeMeasure } from '../../url-state/view-state.ts'
import type { LegendEntry } from './chart-export.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { MatrixChart } from './matrix-chart.tsx'
import { MatrixLegend, type ThemeLegend } from './matrix-legend.tsx'
import { chartGeometry, type ChartGeometry } from './model/chart-geometry.ts'
import type { MatrixLayout } from './model/matrix-layout.ts'
import type { MatrixRow } from './model/matrix-model.ts'
import { useChartExport, type ImageKind } from './use-chart-export.ts'
import { useElementSize } from './use-element-size.ts'
import { useFullscreen } from '../../ui/use-fullscreen.ts'
import { useMatrixLayout } from './use-matrix-layout.ts'
import type { MatrixNames } from './use-matrix-names.tsx'
import type { DecisionOf } from '../shared/decisions/use-decision-of.ts'
import type { PrintContext } from '../shared/print-context/print-context.ts'

const IMAGE_KINDS: readonly ImageKind[] = ['svg', 'png']
const NO_SIZES = { radius: () => 0, legend: [] }

export interface MatrixFigureProps {
  data: NormalisedExport
  rows: readonly MatrixRow[]
  /** Each row's theme style, aligned with `rows`. */
  rowStyles: readonly ThemeStyle[]
  /** Newer scores are being worked out: what is drawn is about to change. */
  pending: boolean
  themeLegend: ThemeLegend
  measure: SizeMeasure
  names: MatrixNames
  /** The active session's decisions; null while none is active (no marks). */
  decisionOf: DecisionOf | null
  toolbarStart: ReactNode
  /** What an exported picture says it shows (dataset, filters, weights, address). */
  describeContext?: () => PrintContext
  /** Drawn over the chart, in its coordinates (a comparison's arrows). */
  overlay?: (layout: MatrixLayout, geometry: ChartGeometry) => ReactNode
  /** Below the legend (what the overlay's marks mean). */
  legendExtra?: ReactNode
  locale: string
  t: FeatureTranslate<MatrixKey>
}

/** A mark opens its opportunity with `via=matrix`, for previous / next in rank order. */
function openOpportunity(id: string) {
  navigateTo(opportunityPath(id), { search: searchVia(location.search, 'matrix') })
}

/** Budgets in compact euros, counts as plain numbers. */
function sizeFormat(measure: SizeMeasure, locale: string): (value: number) => string {
  const f =
    measure === 'budget'
      ? new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'EUR',
          notation: 'compact',
          maximumFractionDigits: 1,
        })
      : new Intl.NumberFormat(locale)
  return (v) => f.format(v)
}

/** What an exported image's legend says: the themes, and what its marks mean. */
function imageLegend(
  data: NormalisedExport,
  props: MatrixFigureProps,
  layout: MatrixLayout | null,
): { legend: LegendEntry[]; notes: string[] } {
  const { t } = props
  const legend = data.themes.flatMap((theme) => {
    const style = props.themeLegend.styles.get(theme.id)
    return style
      ? [{ label: props.names.themeName(theme.id), colour: style.colour, symbol: style.symbol }]
      : []
  })
  const marks =
    layout?.mode === 'svg' ? [t('legend.robust'), t('legend.truePosition')] : [t('legend.dots')]
  return { legend, notes: [t('legend.partial'), ...marks] }
}

/** The chart with its toolbar (size, table, export, full screen) and legend. */
export function MatrixFigure(props: MatrixFigureProps) {
  const { data, rows, rowStyles, measure, names, t, locale } = props
  const figureRef = useRef<HTMLDivElement>(null)
  const wrapperRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen(figureRef)
  const { width, height } = useElementSize(wrapperRef)
  const geometry = useMemo(() => chartGeometry(width, height), [width, height])
  const layout = useMatrixLayout(data, rows, rowStyles, measure, geometry)
  const formatSize = useMemo(() => sizeFormat(measure, locale), [measure, locale])
  const chartExport = useChartExport(wrapperRef, () => ({
    heading: t('chart.name'),
    ...imageLegend(data, props, layout),
    fontSize: geometry.fontSize,
    context: props.describeContext?.(),
  }))

  return (
    <div
      ref={figureRef}
      className={fullscreen.active ? 'matrix-figure is-fullscreen' : 'matrix-figure'}
    >
      <div className="matrix-toolbar">
        {props.toolbarStart}
        {IMAGE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button-quiet"
            onClick={() => void chartExport.exportImage(kind)}
          >
            {t(`export.${kind}`)}
          </button>
        ))}
        {fullscreen.supported ? (
          <button type="button" className="button button-quiet" onClick={fullscreen.toggle}>
            {t(fullscreen.active ? 'fullscreen.exit' : 'fullscreen.enter')}
          </button>
        ) : null}
        {chartExport.failed ? (
          <p role="alert" className="matrix-export-failed">
            {t('export.failed')}
          </p>
        ) : null}
      </div>
      <div
        ref={wrapperRef}
        className="matrix-chart"
        tabIndex={-1}
        data-mode={layout?.mode}
        aria-busy={props.pending}
        style={{ fontSize: geometry.fontSize }}
      >
        {layout ? (
          <MatrixChart
            wrapperRef={wrapperRef}
            rows={rows}
            pending={props.pending}
            layout={layout}
            geometry={geometry}
            rowStyles={rowStyles}
            t={t}
            locale={locale}
            impactCriteria={names.criteriaOf('impact')}
            feasibilityCriteria={names.criteriaOf('feasibility')}
            titleOf={names.titleOf}
            themeOf={names.themeOf}
            decisionOf={props.decisionOf}
            onOpen={openOpportunity}
          />
        ) : null}
        {layout && props.overlay ? props.overlay(layout, geometry) : null}
      </div>
      <MatrixLegend
        themes={data.themes}
        themeLegend={props.themeLegend}
        defaultLanguage={data.dataset.defaultLanguage}
        measure={measure}
        size={layout?.size ?? NO_SIZES}
        dots={layout?.mode === 'canvas'}
        formatSize={formatSize}
        t={t}
      />
      {props.legendExtra}
      {props.decisionOf ? <p className="muted matrix-decided-note">{t('legend.decided')}</p> : null}
    </div>
  )
}

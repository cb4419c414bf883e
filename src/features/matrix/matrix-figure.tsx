import { useMemo, useRef, useState, type ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { MatrixRow } from './model/matrix-model.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { SizeMeasure } from '../../url-state/view-state.ts'
import { sizeValue } from './model/bubble-size.ts'
import { chartGeometry } from './model/chart-geometry.ts'
import { downloadBlob, svgToPng } from '../../ui/file-download.ts'
import { chartSvgMarkup, type LegendEntry } from './chart-export.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { MatrixChart } from './matrix-chart.tsx'
import { MatrixLegend } from './matrix-legend.tsx'
import { matrixLayout, type MatrixLayout } from './model/matrix-layout.ts'
import { useElementSize } from './use-element-size.ts'
import { useFullscreen } from './use-fullscreen.ts'

/**
 * Layouts already computed for a list of placed rows (one list per data, weights and
 * filters), by size measure and chart size: coming back from the table, or toggling the
 * size back, does not rerun the collision layout.
 */
const layoutCache = new WeakMap<readonly MatrixRow[], Map<string, MatrixLayout>>()

function cachedLayout(
  rows: readonly MatrixRow[],
  key: string,
  make: () => MatrixLayout,
): MatrixLayout {
  let byKey = layoutCache.get(rows)
  if (!byKey) layoutCache.set(rows, (byKey = new Map()))
  let layout = byKey.get(key)
  if (!layout) {
    if (byKey.size >= 8) byKey.clear()
    layout = make()
    byKey.set(key, layout)
  }
  return layout
}

export interface MatrixFigureProps {
  data: NormalisedExport
  rows: readonly MatrixRow[]
  /** Newer scores are being worked out: what is drawn is about to change. */
  pending: boolean
  rowStyles: readonly ThemeStyle[]
  styles: ReadonlyMap<string, ThemeStyle>
  measure: SizeMeasure
  selectedThemes: readonly string[]
  onToggleTheme: (id: string) => void
  titleOf: (row: MatrixRow) => string
  themeOf: (row: MatrixRow) => string
  themeName: (id: string) => string
  criteriaOf: (axis: 'impact' | 'feasibility') => string
  onOpen: (id: string) => void
  toolbarStart: ReactNode
  locale: string
  t: FeatureTranslate<MatrixKey>
}

/** The chart with its toolbar (size, table, export, full screen) and legend. */
export function MatrixFigure(props: MatrixFigureProps) {
  const { data, rows, rowStyles, measure, t, locale } = props
  const figureRef = useRef<HTMLDivElement>(null)
  const wrapperRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen(figureRef)
  const { width, height } = useElementSize(wrapperRef)
  const [exportFailed, setExportFailed] = useState(false)
  const geometry = useMemo(() => chartGeometry(width, height), [width, height])

  const layout = useMemo(() => {
    if (width === 0 || height === 0) return null
    return cachedLayout(rows, `${measure}|${width}|${height}`, () =>
      matrixLayout(
        rows,
        (r) => {
          const o = data.opportunities[r.position]
          return o ? sizeValue(o, measure) : null
        },
        rowStyles.map((s) => s.symbol),
        geometry,
        measure,
      ),
    )
  }, [rows, rowStyles, data, measure, geometry, width, height])

  const formatSize = useMemo(() => {
    const f =
      measure === 'budget'
        ? new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'EUR',
            notation: 'compact',
            maximumFractionDigits: 1,
          })
        : new Intl.NumberFormat(locale)
    return (v: number) => f.format(v)
  }, [measure, locale])

  const exportImage = async (kind: 'svg' | 'png') => {
    const wrapper = wrapperRef.current
    if (!wrapper) return
    setExportFailed(false)
    try {
      const legend: LegendEntry[] = data.themes.flatMap((theme) => {
        const style = props.styles.get(theme.id)
        return style
          ? [{ label: props.themeName(theme.id), colour: style.colour, symbol: style.symbol }]
          : []
      })
      const notes = [
        t('legend.partial'),
        ...(layout?.mode === 'svg'
          ? [t('legend.robust'), t('legend.truePosition')]
          : [t('legend.dots')]),
      ]
      const {
        markup,
        width: w,
        height: h,
      } = chartSvgMarkup(wrapper, {
        heading: t('chart.name'),
        legend,
        notes,
        fontSize: geometry.fontSize,
      })
      const blob =
        kind === 'svg'
          ? new Blob([markup], { type: 'image/svg+xml' })
          : await svgToPng(markup, w, h)
      downloadBlob(blob, `kasvukartta-matrix.${kind}`)
    } catch {
      setExportFailed(true)
    }
  }

  return (
    <div
      ref={figureRef}
      className={fullscreen.active ? 'matrix-figure is-fullscreen' : 'matrix-figure'}
    >
      <div className="matrix-toolbar">
        {props.toolbarStart}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void exportImage('svg')}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void exportImage('png')}
        >
          {t('export.png')}
        </button>
        {fullscreen.supported ? (
          <button type="button" className="button button-quiet" onClick={fullscreen.toggle}>
            {t(fullscreen.active ? 'fullscreen.exit' : 'fullscreen.enter')}
          </button>
        ) : null}
        {exportFailed ? (
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
            impactCriteria={props.criteriaOf('impact')}
            feasibilityCriteria={props.criteriaOf('feasibility')}
            titleOf={props.titleOf}
            themeOf={props.themeOf}
            onOpen={props.onOpen}
          />
        ) : null}
      </div>
      <MatrixLegend
        themes={data.themes}
        styles={props.styles}
        selectedThemes={props.selectedThemes}
        onToggleTheme={props.onToggleTheme}
        defaultLanguage={data.dataset.defaultLanguage}
        measure={measure}
        size={layout?.size ?? { radius: () => 0, legend: [] }}
        dots={layout?.mode === 'canvas'}
        formatSize={formatSize}
        t={t}
      />
    </div>
  )
}

import { useMemo } from 'react'
import type { Comparison } from '../../domain/compare/comparison.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { Localized } from '../../ui/localized.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { ghostBarsCatalog } from './ghost-bars-catalog.ts'
import type { LanesLayout } from './model/geometry.ts'
import { ghostRects, type HorizonShift } from './model/ghost-bars.ts'
import type { BarPlace } from './model/roadmap-layout.ts'
import type { TimeScale } from './model/time-scale.ts'
import './ghost-bars.css'

/**
 * The baseline horizons of the bars that moved, faint and dashed in their rows, each with its
 * slip in months at its end. Decoration over the lanes (aria-hidden): the table twin says the
 * same in words.
 */
export function GhostBars({
  shifts,
  placeOf,
  layout,
  scale,
}: {
  shifts: readonly HorizonShift[]
  placeOf: ReadonlyMap<string, BarPlace>
  layout: LanesLayout
  scale: TimeScale
}) {
  const t = useFeatureTranslate(ghostBarsCatalog)
  const rects = useMemo(
    () => ghostRects(shifts, placeOf, layout.boxes, scale, layout.sizes),
    [shifts, placeOf, layout, scale],
  )
  const slipOf = useMemo(() => new Map(shifts.map((s) => [s.id, s.slipMonths])), [shifts])
  if (rects.length === 0) return null
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + 4
  return (
    <svg
      className="rm-ghosts"
      width={scale.width}
      height={bottom}
      aria-hidden="true"
      data-ghosts={rects.length}
    >
      {rects.map((r) => {
        const months = slipOf.get(r.id) ?? 0
        return (
          <g key={r.id} className="rm-ghost" data-id={r.id}>
            <rect x={r.x} y={r.y} width={r.width} height={r.height} rx={3} />
            <text x={r.x + 4} y={r.y - 3} className="rm-ghost-slip">
              {months >= 0 ? t('slip', { months }) : t('earlier', { months: -months })}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The legend lines of the ghosts, and of the lane of removed ones when there is one. */
export function GhostLegend({
  baselineExportedAt,
  removed = false,
}: {
  baselineExportedAt: string
  removed?: boolean
}) {
  const t = useFeatureTranslate(ghostBarsCatalog)
  const locale = useLocale()
  const date = formatDay(baselineExportedAt, locale)
  return (
    <>
      <LegendLine sample="rm-ghost-sample" text={t('legend', { date })} />
      {removed ? <LegendLine sample="rm-removed-bar" text={t('removedLegend', { date })} /> : null}
    </>
  )
}

/** One line of the legend: a bar drawn as the chart draws it (its class), then its words. */
function LegendLine({ sample, text }: { sample: string; text: string }) {
  return (
    <p className="rm-ghost-legend">
      <svg width="28" height="12" aria-hidden="true">
        <rect className={sample} x="1" y="1" width="26" height="10" rx="3" />
      </svg>{' '}
      {text}
    </p>
  )
}

const horizonText = (h: { start: string; end: string } | undefined) =>
  h ? `${h.start} – ${h.end}` : '–'

/**
 * The ghosts' table twin: every opportunity whose horizon moved, then and now with the slip,
 * and the dropped ones with the horizon they had (the roadmap has no bar left for them).
 */
export function GhostTable({
  comparison,
  shifts,
  defaultLanguage,
}: {
  comparison: Comparison
  shifts: readonly HorizonShift[]
  defaultLanguage: ContentLanguage
}) {
  const t = useFeatureTranslate(ghostBarsCatalog)
  const locale = useLocale()
  const search = useSearchVia('roadmap')
  const date = formatDay(comparison.baselineExportedAt, locale)
  const slipOf = new Map(shifts.map((s) => [s.id, s.slipMonths]))
  const rows = comparison.changes.filter(
    (c) => slipOf.has(c.id) || (c.change === 'removed' && c.then?.horizon),
  )
  return (
    <details className="rm-ghost-twin">
      <summary>{t('summary', { date, count: rows.length })}</summary>
      <table className="rm-table">
        <caption>{t('caption', { date })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('then')}</th>
            <th scope="col">{t('now')}</th>
            <th scope="col">{t('shift')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const months = slipOf.get(c.id)
            return (
              <tr key={c.id} className={c.change === 'removed' ? 'is-removed' : undefined}>
                <th scope="row">
                  {c.now ? (
                    <AppLink to={opportunityPath(c.id)} search={search}>
                      <Localized value={c.now.title} defaultLanguage={defaultLanguage} />
                    </AppLink>
                  ) : (
                    <Localized value={c.then?.title} defaultLanguage={defaultLanguage} />
                  )}
                </th>
                <td>{horizonText(c.then?.horizon)}</td>
                <td>{horizonText(c.now?.horizon)}</td>
                <td>
                  {months === undefined
                    ? t('dropped')
                    : months >= 0
                      ? t('slip', { months })
                      : t('earlier', { months: -months })}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </details>
  )
}

import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import type { ExportLoad } from '../../data/load/use-export-load.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import type { CountRow, OverviewSummary } from '../../domain/dataset/overview-stats.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { formatScore } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'

/**
 * While a large export's data is still being handed over from the worker, the summary the
 * worker sent first (made by the domain's overviewSummary from the same data), so the first
 * figures show before the dashboard can be drawn.
 */
export function previewOf(
  load: ExportLoad,
  lang: UiLanguage,
): { summary: OverviewSummary; warnings: number | null } | null {
  const preview = load.phase === 'loading' ? load.preview : null
  if (!preview) return null
  // Counted in the language of the page when the load started; after a switch, not known yet.
  return {
    summary: preview.overview,
    warnings: preview.language === lang ? preview.warnings : null,
  }
}

/** The worker's summary as text and tables, until the data itself is there. */
export function OverviewPreview({
  overview,
}: {
  overview: { summary: OverviewSummary; warnings: number | null }
}) {
  const t = useTranslate()
  const locale = useLocale()
  const { summary: stats, warnings } = overview
  const dl = stats.dataset.defaultLanguage
  const themeName = (id: string) => (
    <Localized
      value={stats.themes.find((theme) => theme.id === id)?.name}
      defaultLanguage={dl}
      hint={false}
    />
  )

  return (
    <>
      <h1>
        <Localized value={stats.dataset.title} defaultLanguage={dl} />
      </h1>
      <ul className="facts">
        {stats.dataset.region ? (
          <li>
            {t('overview.region', { region: '' })}
            <Localized value={stats.dataset.region.name} defaultLanguage={dl} hint={false} />
          </li>
        ) : null}
        <li>
          {t('overview.period', {
            start: String(stats.dataset.strategyPeriod.start),
            end: String(stats.dataset.strategyPeriod.end),
          })}
        </li>
        <li>{t('load.exportedAt', { date: formatDateTime(stats.exportedAt, locale) })}</li>
        <li>{t('load.loadedCount', { count: stats.total })}</li>
      </ul>
      {warnings !== null && warnings > 0 ? (
        <p>
          {t('overview.warnings', { count: warnings })}{' '}
          <AppLink to="/data">{t('overview.warningsLink')}</AppLink>
        </p>
      ) : null}

      <section aria-labelledby="views-heading">
        <h2 id="views-heading">{t('overview.views')}</h2>
        <ul>
          <li>
            <AppLink to="/matrix">{t('overview.viewMatrix')}</AppLink>
          </li>
          <li>
            <AppLink to="/roadmap">{t('overview.viewRoadmap')}</AppLink>
          </li>
          <li>
            <AppLink to="/opportunities">{t('overview.viewTable')}</AppLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="top-heading">
        <h2 id="top-heading">{t('overview.topTen')}</h2>
        <p>{t('overview.topTenIntro')}</p>
        {stats.topTen.length === 0 ? (
          <p>{t('overview.noneRanked')}</p>
        ) : (
          <ol className="top-ten">
            {stats.topTen.map((o) => (
              <li key={o.id}>
                <AppLink to={opportunityPath(o.id)}>
                  <Localized value={o.title} defaultLanguage={dl} />
                </AppLink>{' '}
                <span className="muted">
                  {t('overview.priorityScore', { score: formatScore(locale, o.priority) })}
                </span>
              </li>
            ))}
          </ol>
        )}
        {stats.unscored > 0 ? <p>{t('overview.unscored', { count: stats.unscored })}</p> : null}
      </section>

      <div className="count-tables">
        <CountTable
          id="by-theme"
          heading="overview.byTheme"
          rows={stats.byTheme}
          label={themeName}
        />
        <CountTable
          id="by-status"
          heading="overview.byStatus"
          rows={stats.byStatus}
          label={(k) => t(`status.${k}` as MessageKey)}
        />
        <CountTable
          id="by-goal"
          heading="overview.byGoal"
          rows={stats.byGrowthGoal}
          label={(k) => t(`goal.${k}` as MessageKey)}
        />
      </div>
    </>
  )
}

function CountTable({
  id,
  heading,
  rows,
  label,
}: {
  id: string
  heading: MessageKey
  rows: readonly CountRow[]
  label: (key: string) => React.ReactNode
}) {
  const t = useTranslate()
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(heading)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(heading)}</th>
            <th scope="col" className="number">
              {t('overview.column.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td className="number">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

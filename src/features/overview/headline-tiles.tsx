import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatEuros, formatNumber } from '../../ui/format.ts'
import { FUNDING_STATUSES, percent, type Headline } from './model/dashboard-model.ts'
import { overviewCatalog } from './overview-catalog.ts'

/** The headline figures as tiles: a big number, its name, and what it is out of. */
export function HeadlineTiles({ headline: h }: { headline: Headline }) {
  const t = useFeatureTranslate(overviewCatalog)
  const locale = useLocale()
  const share = (count: number) => ({
    value: t('percent', { value: formatNumber(locale, percent(count, h.shown)) }),
    note: t('tile.shareOf', { count, total: h.shown }),
  })
  const fundingKeys = {
    identified: 'tile.fundingIdentified',
    applied: 'tile.fundingApplied',
    granted: 'tile.fundingGranted',
  } as const
  return (
    <section className="dash-tiles-section" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="vh">
        {t('headline.heading')}
      </h2>
      <ul className="dash-tiles">
        <Tile
          id="opportunities"
          name={t('tile.opportunities')}
          value={String(h.shown)}
          notes={[
            ...(h.shown !== h.loaded ? [t('tile.opportunitiesOf', { total: h.loaded })] : []),
            ...(h.setAside > 0 ? [t('tile.setAside', { count: h.setAside })] : []),
          ]}
        />
        <Tile
          id="funding"
          name={t('tile.fundingNeed')}
          value={formatEuros(locale, h.fundingNeed)}
          notes={FUNDING_STATUSES.map((s) =>
            t(fundingKeys[s], { amount: formatEuros(locale, h.funding[s]) }),
          )}
        />
        <Tile id="lead" name={t('tile.withLead')} {...shareTile(share(h.withLead))} />
        <Tile id="scored" name={t('tile.scored')} {...shareTile(share(h.scored))} />
        <Tile
          id="scheduled"
          name={t('tile.scheduled')}
          {...shareTile(share(h.scheduledInPeriod))}
        />
      </ul>
    </section>
  )
}

function shareTile(s: { value: string; note: string }) {
  return { value: s.value, notes: [s.note] }
}

function Tile({
  id,
  name,
  value,
  notes,
}: {
  id: string
  name: string
  value: string
  notes: readonly string[]
}) {
  // The name first for a screen reader ("Scored 84 %"), the number first on the screen.
  return (
    <li className="dash-tile" data-tile={id}>
      <p className="tile-name">{name}</p>
      <p className="tile-value">{value}</p>
      {notes.map((n) => (
        <p key={n} className="tile-note">
          {n}
        </p>
      ))}
    </li>
  )
}

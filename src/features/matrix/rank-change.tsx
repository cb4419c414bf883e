import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { MatrixKey } from './matrix-catalog.ts'

/** ▲3 / ▼1 against the export's weights, with the same in words for screen readers. */
export function RankChange({
  change,
  t,
}: {
  change: number | null
  t: FeatureTranslate<MatrixKey>
}) {
  if (change === null) return null
  if (change === 0)
    return (
      <span className="rank-change rank-same">
        <span aria-hidden="true">–</span>
        <span className="vh">{t('rank.same')}</span>
      </span>
    )
  const up = change > 0
  const n = Math.abs(change)
  return (
    <span className={up ? 'rank-change rank-up' : 'rank-change rank-down'}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'}
        {n}
      </span>
      <span className="vh">{t(up ? 'rank.up' : 'rank.down', { n })}</span>
    </span>
  )
}

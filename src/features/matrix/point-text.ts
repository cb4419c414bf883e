import type { MatrixRow } from './model/matrix-model.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatScore } from '../../ui/format.ts'
import type { MatrixKey } from './matrix-catalog.ts'

/**
 * The accessible name of a placed opportunity: its title first (so typing or listening finds
 * it), then its scores, quadrant and rank, whether it is partly scored or robust, and the
 * active forum session's decision on it in words.
 */
export function pointName(
  t: FeatureTranslate<MatrixKey>,
  locale: string,
  row: MatrixRow,
  title: string,
  decision: string | null = null,
): string {
  const base = t('point.name', {
    title,
    impact: formatScore(locale, row.impact ?? 0),
    feasibility: formatScore(locale, row.feasibility ?? 0),
    quadrant: row.quadrant ? t(`quadrant.${row.quadrant}`) : '',
    rank: row.rank ?? '–',
  })
  const extra = [
    row.partial ? t('point.partial') : '',
    row.robust ? t('point.robust') : '',
    decision === null ? '' : t('point.decision', { decision }),
  ]
    .filter(Boolean)
    .join(', ')
  return extra ? `${base}, ${extra}` : base
}

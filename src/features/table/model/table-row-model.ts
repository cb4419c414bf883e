import { STATUSES } from '../../../domain/format/export-schema.ts'
import type { GrowthGoal, InnovationType, Status } from '../../../domain/format/export-schema.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../../../domain/format/localized-text.ts'
import { QUADRANTS, quadrantOf, type Quadrant } from '../../../domain/scoring/quadrant.ts'
import type {
  NormalisedExport,
  NormalisedOpportunity,
} from '../../../domain/dataset/normalise-export.ts'
import {
  fundingTotalOf,
  leadActorOf,
  sourceCountOf,
} from '../../../domain/dataset/normalised-opportunity.ts'
import { axisValueAt, rankAt, type ScoreTable } from '../../../domain/scoring/score-table.ts'
import { takeTitleRanks } from '../../../domain/text/sort-seeds.ts'
import { collationRanks } from '../../../domain/text/collation.ts'
import { SCORE_PREFIX, tableColumns, type TableColumn } from './table-columns.ts'
import { compareText } from '../../../domain/text/text-compare.ts'
import {
  compareCell,
  compareEnumKey,
  isCompareColumn,
  type TableComparison,
} from './compare-cells.ts'
import {
  DECISION_COLUMN,
  decisionCell,
  decisionKey,
  type TableDecisions,
} from './decision-cells.ts'

/**
 * The analyst table's values (issue 6): what each cell holds for an opportunity, and per
 * column one array of numeric keys over all opportunities, made on first use, that sorting,
 * range filters and group aggregates read. Text keys are collation ranks (domain/text/collation.ts),
 * dates are yyyymmdd numbers, and an empty value is NaN.
 *
 * Cells are worked out on demand: the page shows a few dozen rows at a time, so nothing is
 * stored per row and cell, which keeps the heap small at 100 000 opportunities.
 */

/**
 * The matrix quadrant of opportunity `i`'s scores, by the matrix's own rule (domain/scoring/quadrant.ts),
 * so the table's column and the chart never place an opportunity differently; null when an
 * axis has no score (the matrix leaves it off the chart too).
 */
export function scoreQuadrantAt(scores: ScoreTable, i: number): Quadrant | null {
  const impact = axisValueAt(scores, 'impact', i)
  const feasibility = axisValueAt(scores, 'feasibility', i)
  if (impact === null || feasibility === null) return null
  return quadrantOf(feasibility, impact)
}

/** The UI words the table shows for enumerations (from the UI catalogs). */
export interface TableLabels {
  status(s: Status): string
  goal(g: GrowthGoal): string
  type(t: InnovationType): string
  quadrant(q: Quadrant): string
}

export type CellValue = string | number | null

export interface TableModel {
  data: NormalisedExport
  scores: ScoreTable
  lang: UiLanguage
  columns: readonly TableColumn[]
  columnById: ReadonlyMap<string, TableColumn>
  /** A cell: text (dates as YYYY-MM-DD), a number, or null when empty. */
  value(columnId: string, position: number): CellValue
  /** Numeric keys of a column over every opportunity (NaN: empty), made once. */
  keys(columnId: string): Float64Array
  /** Positions from here on are opportunities dropped since the baseline (`withRemovedRows`). */
  removedFrom?: number
}

/**
 * A 0..1 score on the 0–100 scale people read, to two decimals (as shown and exported); null
 * for NaN (no score).
 */
function percent(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : Math.round(value * 10_000) / 100
}

/** On the 0–100 scale, unrounded; NaN stays NaN (an empty key). */
function hundredfold(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length)
  for (let p = 0; p < values.length; p++) out[p] = (values[p] as number) * 100
  return out
}

/** "2026-03-31" → 20260331; NaN when absent. */
export function dayKey(day: string | null | undefined): number {
  if (!day || day.length !== 10) return Number.NaN
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8))
}

export function createTableModel(
  data: NormalisedExport,
  scores: ScoreTable,
  lang: UiLanguage,
  labels: TableLabels,
  comparison: TableComparison | null = null,
  decisions: TableDecisions | null = null,
): TableModel {
  const columns = tableColumns(data.criteria, comparison !== null, decisions !== null)
  const columnById = new Map(columns.map((c) => [c.id, c]))
  const defaultLanguage = data.dataset.defaultLanguage
  const text = (v: LocalizedText | undefined): string =>
    resolveText(v, lang, defaultLanguage)?.text ?? ''
  // Names of themes, clusters and actors, resolved once rather than per cell.
  const names = (items: readonly { id: string; name: LocalizedText }[]) =>
    new Map(items.map((x) => [x.id, text(x.name)]))
  const themeNames = names(data.themes)
  const clusterNames = names(data.clusters)
  const actorNames = names(data.actors)
  const opp = (p: number) => data.opportunities[p] as NormalisedOpportunity

  function value(columnId: string, p: number): CellValue {
    const o = opp(p)
    if (o === undefined) return null
    const r = o.record
    switch (columnId) {
      case 'id':
        return r.id
      case 'title':
        return text(r.title) || null
      case 'theme':
        return themeNames.get(r.theme) ?? r.theme
      case 'clusters':
        return r.clusters?.length
          ? r.clusters.map((c) => clusterNames.get(c) ?? c).join(', ')
          : null
      case 'goals':
        return r.growthGoals.map((g) => labels.goal(g)).join(', ') || null
      case 'types':
        return r.innovationTypes?.length
          ? r.innovationTypes.map((t) => labels.type(t)).join(', ')
          : null
      case 'status':
        return labels.status(r.status)
      case 'impact':
        return percent(scores.impact[p])
      case 'feasibility':
        return percent(scores.feasibility[p])
      case 'priority':
        return percent(scores.priority[p])
      case 'rank':
        return rankAt(scores, p)
      case 'quadrant': {
        const q = scoreQuadrantAt(scores, p)
        return q === null ? null : labels.quadrant(q)
      }
      case 'start':
        return o.horizonRange?.start ?? null
      case 'end':
        return o.horizonRange?.end ?? null
      case 'budget':
        return r.budgetEur ?? null
      case 'lead': {
        const lead = leadActorOf(r)
        return lead === null ? null : (actorNames.get(lead) ?? lead)
      }
      case 'sources':
        return sourceCountOf(r)
      case 'funding':
        return fundingTotalOf(r)
      case 'updated':
        return r.updatedAt ?? null
    }
    if (decisions && columnId === DECISION_COLUMN) return decisionCell(decisions, r.id)
    if (comparison && isCompareColumn(columnId))
      return compareCell(comparison, labels.status, r.id, columnId)
    if (columnId.startsWith(SCORE_PREFIX)) {
      const v = r.scores?.[columnId.slice(SCORE_PREFIX.length)]
      return typeof v === 'number' ? v : null
    }
    return null
  }

  const n = data.opportunities.length
  const cache = new Map<string, Float64Array>()

  function numericKeys(read: (p: number) => number | null | undefined): Float64Array {
    const out = new Float64Array(n)
    for (let p = 0; p < n; p++) {
      const v = read(p)
      out[p] = v === null || v === undefined ? Number.NaN : v
    }
    return out
  }

  function enumKeys<T extends string>(declared: readonly T[], read: (p: number) => T | null) {
    const slot = new Map(declared.map((v, i) => [v, i]))
    return numericKeys((p) => {
      const v = read(p)
      return v === null ? null : slot.get(v)
    })
  }

  function makeKeys(columnId: string): Float64Array {
    const column = columnById.get(columnId)
    if (column === undefined) return new Float64Array(n).fill(Number.NaN)
    switch (columnId) {
      // Enumerations sort in their natural order (a status's life cycle, the quadrants from
      // "act now" down), not alphabetically by their label.
      case 'status':
        return enumKeys(STATUSES, (p) => opp(p).record.status)
      case 'quadrant':
        return enumKeys(QUADRANTS, (p) => scoreQuadrantAt(scores, p))
      case 'change':
      case 'statusThen':
        if (comparison) return numericKeys((p) => compareEnumKey(comparison, opp(p).id, columnId))
        break
      // The decision vocabulary's order (prioritise first); undecided ones have no key, so last.
      case DECISION_COLUMN:
        if (decisions) return numericKeys((p) => decisionKey(decisions, opp(p).id))
        break
      // On the 0–100 scale shown (range filters use it) but unrounded, so the order agrees
      // with the rank.
      case 'impact':
        return hundredfold(scores.impact)
      case 'feasibility':
        return hundredfold(scores.feasibility)
      case 'priority':
        return hundredfold(scores.priority)
      // Made by the worker while the page waited for nothing (title-ranks.ts): the ranks made
      // below, without the few hundred ms of collation at 100 000 on the first click.
      case 'title': {
        const offered = takeTitleRanks(data, lang)
        if (offered) return offered
        break
      }
    }
    if (column.kind === 'number') return numericKeys((p) => value(columnId, p) as number | null)
    if (column.kind === 'date') return numericKeys((p) => dayKey(value(columnId, p) as string))
    const texts = new Array<string>(n)
    for (let p = 0; p < n; p++) texts[p] = (value(columnId, p) as string | null) ?? ''
    return collationRanks(texts, compareText(lang))
  }

  return {
    data,
    scores,
    lang,
    columns,
    columnById,
    value,
    keys(columnId) {
      let k = cache.get(columnId)
      if (k === undefined) {
        k = makeKeys(columnId)
        cache.set(columnId, k)
      }
      return k
    },
  }
}

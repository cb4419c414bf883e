import { useMemo } from 'react'
import type { ExportLoad } from '../../data/load/use-export-load.ts'
import { scoreOpportunities } from '../../domain/scoring/scoring.ts'
import { setAsideCount } from '../../domain/validate/report-counts.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { AgendaScreen } from './agenda-screen.tsx'
import { agendaPositions, DEFAULT_TOP, rankedPositions } from './model/agenda.ts'
import { dotsPath, slideMatrixPoints } from './model/slide-matrix.ts'
import { slideDeck } from './model/slides.ts'
import { presentCatalog } from './present-catalog.ts'
import { SlideDeck } from './slide-deck.tsx'
import './present.css'

/**
 * The forum presentation (/present): the agenda screen, then the slides. The view's filters
 * and what-if weights come with the link, so the forum sees the priorities as set.
 */
export function PresentPage() {
  const t = useFeatureTranslate(presentCatalog)
  const { data, load, state, positions } = useFilteredData()
  if (!data)
    return (
      <div className="present-page">
        <h1>{t('heading')}</h1>
        <LoadStatus load={load} />
      </div>
    )
  return <PresentView data={data} state={state} positions={positions} load={load} />
}

function PresentView({ data, state, positions, load }: FilteredViewProps & { load: ExportLoad }) {
  const scores = useMemo(
    () =>
      Object.keys(state.weights).length === 0
        ? data.scores
        : scoreOpportunities(data, state.weights),
    [data, state.weights],
  )
  const positionById = useMemo(
    () => new Map(data.opportunities.map((o, i) => [o.record.id, i])),
    [data],
  )
  const ranked = useMemo(() => rankedPositions(positions, scores), [positions, scores])
  const top = state.top ?? DEFAULT_TOP
  const agenda = useMemo(
    () => agendaPositions((id) => positionById.get(id), ranked, state.agenda, top),
    [positionById, ranked, state.agenda, top],
  )
  const slides = useMemo(() => slideDeck(agenda), [agenda])
  // Drawn once here, not on each slide: a slide change with a thousand dots missed its frame.
  const dots = useMemo(
    () => dotsPath(slideMatrixPoints(positions, scores, null).points),
    [positions, scores],
  )
  const setAside = load.phase === 'done' ? setAsideCount(load.fetched.report) : 0
  if (state.slide === null)
    return (
      <AgendaScreen
        data={data}
        state={state}
        ranked={ranked}
        scores={scores}
        agenda={agenda}
        slideCount={slides.length}
      />
    )
  return (
    <SlideDeck
      data={data}
      state={state}
      shown={positions}
      scores={scores}
      dots={dots}
      agenda={agenda}
      slides={slides}
      setAside={setAside}
    />
  )
}

import { useDataset } from '../../data/load/use-dataset.ts'
import { useSessions } from '../../data/sessions/session-store.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Session } from '../../domain/decisions/session.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime, formatDay } from '../../i18n/format-date.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { Localized } from '../../ui/localized.tsx'
import { formatNumber } from '../../ui/format.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { useRouteParam } from '../../url-state/location.ts'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { minutesCatalog } from './minutes-catalog.ts'
import { minutesParts } from './model/minutes-parts.ts'
import { MinutesMatrix } from './minutes-matrix.tsx'
import { DecisionTable } from './session-decisions.tsx'
import './minutes.css'

/**
 * The minutes of one session (/sessions/<id>/minutes), made to print on A4 portrait: the
 * meeting, the data and weights it used, the decisions on the matrix and in a table, what was
 * discussed without a decision, and the dataset named in a footer on every page.
 */
export function MinutesPage() {
  const mt = useFeatureTranslate(minutesCatalog)
  const id = useRouteParam('id')
  const state = useSessions()
  const lang = useLanguage()
  const { data: dataParam } = useSharedSearch()
  const { data } = useDataset(lang, dataParam)
  const session = state.sessions.find((s) => s.id === id)
  if (!state.ready) return null
  if (!session)
    return (
      <>
        <h1>{mt('heading', { forum: id })}</h1>
        <p>{mt('notFound')}</p>
        <p>
          <AppLink to="/sessions">{mt('back')}</AppLink>
        </p>
      </>
    )
  return <Minutes session={session} data={data} />
}

function Minutes({ session, data }: { session: Session; data: NormalisedExport | null }) {
  const mt = useFeatureTranslate(minutesCatalog)
  const locale = useLocale()
  const lang = useLanguage()
  // The export's names only when it is the one the meeting used.
  const same = data?.dataset.id === session.basedOn.datasetId ? data : null
  const dl = same?.dataset.defaultLanguage ?? 'fi'
  const datasetTitle = same
    ? (resolveText(same.dataset.title, lang, dl)?.text ?? session.basedOn.datasetId)
    : session.basedOn.datasetId
  const { decided, discussed } = minutesParts(session.decisions)
  const weights = Object.entries(session.basedOn.weights)
  const criterionName = (id: string) => {
    const c = same?.criterionById.get(id)
    return c ? (resolveText(c.name, lang, dl)?.text ?? id) : id
  }
  const date = formatDay(session.date, locale)
  return (
    <article className="minutes">
      <h1>{mt('heading', { forum: session.forum })}</h1>
      <p className="minutes-actions">
        <button type="button" onClick={() => print()}>
          {mt('print')}
        </button>{' '}
        <AppLink to="/sessions">{mt('back')}</AppLink>
      </p>
      <p className="minutes-actions muted">{mt('pages')}</p>
      <section aria-labelledby="minutes-meeting">
        <h2 id="minutes-meeting">{mt('meeting')}</h2>
        <dl className="minutes-facts">
          <Fact term={mt('date')} value={date} />
          <Fact term={mt('place')} value={session.place} />
          <Fact term={mt('chair')} value={session.chair} />
          <Fact term={mt('secretary')} value={session.secretary} />
          <Fact term={mt('participants')} value={session.participants} />
        </dl>
      </section>
      <section aria-labelledby="minutes-basis">
        <h2 id="minutes-basis">{mt('basis')}</h2>
        <dl className="minutes-facts">
          <Fact term={mt('basis.dataset')} value={datasetTitle} />
          <Fact
            term={mt('basis.exported')}
            value={formatDateTime(session.basedOn.exportedAt, locale)}
          />
          <Fact term={mt('basis.hash')} value={session.basedOn.sha256} />
        </dl>
        <h3>{mt('weights')}</h3>
        {weights.length === 0 ? (
          <p>{mt('weights.export')}</p>
        ) : (
          <ul>
            {weights.map(([id, w]) => (
              <li key={id}>
                {mt('weights.item', {
                  name: criterionName(id),
                  weight: formatNumber(locale, w, 2),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="minutes-matrix">
        <h2 id="minutes-matrix">{mt('matrix')}</h2>
        <MinutesMatrix decisions={decided} />
      </section>
      <section aria-labelledby="minutes-decisions">
        <h2 id="minutes-decisions">{mt('decisions')}</h2>
        {decided.length === 0 ? (
          <p>{mt('decisions.none')}</p>
        ) : (
          <DecisionTable
            caption={mt('decisions.caption', { forum: session.forum, date })}
            decisions={decided}
            link={false}
            defaultLanguage={dl}
          />
        )}
      </section>
      <section aria-labelledby="minutes-discussed">
        <h2 id="minutes-discussed">{mt('discussed')}</h2>
        {discussed.length === 0 ? (
          <p>{mt('discussed.none')}</p>
        ) : (
          <ul>
            {discussed.map((d) => (
              <li key={d.opportunityId}>
                <Localized value={d.title} defaultLanguage={dl} />
                {d.note === '' ? null : <>: {d.note}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer className="minutes-footer">
        {mt('footer', { dataset: datasetTitle, forum: session.forum, date })}
      </footer>
    </article>
  )
}

function Fact({ term, value }: { term: string; value: string | undefined }) {
  if (value === undefined || value === '') return null
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
}

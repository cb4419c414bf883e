import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import type { DecisionEntry } from '../../domain/decisions/decision-record-schema.ts'
import type { Session } from '../../domain/decisions/session.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { Localized } from '../../ui/localized.tsx'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import { minutesCatalog } from './minutes-catalog.ts'
import { sessionsCatalog } from './sessions-catalog.ts'

/**
 * The active session's decisions, ranked as the forum saw them. Decisions on opportunities
 * the loaded export does not hold are listed apart, never dropped; a session made on another
 * export says so.
 */
export function SessionDecisions({
  session,
  data,
}: {
  session: Session
  data: NormalisedExport | null
}) {
  const st = useFeatureTranslate(sessionsCatalog)
  const mt = useFeatureTranslate(minutesCatalog)
  const ordered = [...session.decisions].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  )
  const present = data ? ordered.filter((d) => opportunityWithId(data, d.opportunityId)) : ordered
  const missing = data ? ordered.filter((d) => !opportunityWithId(data, d.opportunityId)) : []
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{st('decisions.heading')}</h2>
      <p>
        <AppLink to={`/sessions/${encodeURIComponent(session.id)}/minutes`}>{mt('link')}</AppLink>
      </p>
      {data && data.exportedAt !== session.basedOn.exportedAt ? (
        <p className="alert alert-warning">
          {st('decisions.otherExport', { date: session.basedOn.exportedAt.slice(0, 10) })}
        </p>
      ) : null}
      {session.decisions.length === 0 ? <p>{st('decisions.empty')}</p> : null}
      {present.length > 0 ? (
        <DecisionTable
          caption={st('decisions.caption', { forum: session.forum })}
          decisions={present}
          link
          defaultLanguage={data?.dataset.defaultLanguage}
        />
      ) : null}
      {missing.length > 0 ? (
        <>
          <h3 id="missing-heading">{st('decisions.missing')}</h3>
          <DecisionTable
            caption={st('decisions.missing')}
            decisions={missing}
            link={false}
            defaultLanguage={data?.dataset.defaultLanguage}
          />
        </>
      ) : null}
    </section>
  )
}

export function DecisionTable({
  caption,
  decisions,
  link,
  defaultLanguage = 'fi',
}: {
  caption: string
  decisions: readonly DecisionEntry[]
  link: boolean
  defaultLanguage?: NormalisedExport['dataset']['defaultLanguage']
}) {
  const st = useFeatureTranslate(sessionsCatalog)
  const words = useDecisionWords()
  return (
    <div className="table-scroll">
      <table className="decisions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {st('col.rank')}
            </th>
            <th scope="col">{st('col.opportunity')}</th>
            <th scope="col">{st('col.decision')}</th>
            <th scope="col">{st('col.responsible')}</th>
            <th scope="col">{st('col.due')}</th>
            <th scope="col">{st('col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.opportunityId}>
              <td className="number">{d.rank ?? ''}</td>
              <th scope="row">
                {link ? (
                  <AppLink to={`/opportunities/${encodeURIComponent(d.opportunityId)}`}>
                    <Localized value={d.title} defaultLanguage={defaultLanguage} />
                  </AppLink>
                ) : (
                  <>
                    <Localized value={d.title} defaultLanguage={defaultLanguage} /> (
                    <code>{d.opportunityId}</code>)
                  </>
                )}
              </th>
              <td>{words.label(d.decision)}</td>
              <td>{d.responsible}</td>
              <td>{d.due ?? ''}</td>
              <td className="note">{d.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

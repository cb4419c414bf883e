import type { ReactNode } from 'react'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { Status } from '../../domain/format/export-vocabulary.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import { changesCatalog } from './changes-catalog.ts'
import type { ChangesSummary, FrameGroup, SummaryItem } from './model/changes-summary.ts'

/** The summary's lists, each under its heading with its count; "None." for an empty one. */
export function ChangeLists({
  summary,
  defaultLanguage,
  statusLabel,
  frameName,
}: {
  summary: ChangesSummary
  defaultLanguage: ContentLanguage
  statusLabel: (s: Status) => string
  frameName: (group: FrameGroup, id: string) => string
}) {
  const ct = useFeatureTranslate(changesCatalog)
  const title = (item: SummaryItem) => (
    <Localized value={item.title} defaultLanguage={defaultLanguage} hint={false} />
  )
  return (
    <div className="changes-lists">
      <List id="changes-added" heading={ct('added', { count: summary.added.length })}>
        {summary.added.map((i) => (
          <li key={i.id}>{title(i)}</li>
        ))}
      </List>
      <List id="changes-removed" heading={ct('removed', { count: summary.removed.length })}>
        {summary.removed.map((i) => (
          <li key={i.id}>{title(i)}</li>
        ))}
      </List>
      <List id="changes-status" heading={ct('status', { count: summary.status.length })}>
        {summary.status.map((i) => (
          <li key={i.id}>
            {title(i)}: {ct('thenNow', { then: statusLabel(i.then), now: statusLabel(i.now) })}
          </li>
        ))}
      </List>
      <List
        id="changes-moves"
        heading={ct('moves', { shown: summary.moves.length, count: summary.movesTotal })}
      >
        {summary.moves.map((i) => (
          <li key={i.id}>
            {title(i)}:{' '}
            {ct('move', {
              then: i.then,
              now: i.now,
              delta: Math.abs(i.delta),
              direction: ct(i.delta > 0 ? 'up' : 'down'),
            })}
          </li>
        ))}
      </List>
      <List id="changes-frame" heading={ct('frame', { count: summary.frame.length })}>
        {summary.frame.map((i) => (
          <li key={`${i.group}:${i.id}:${i.kind}`}>
            {ct(`group.${i.group}`)} {frameName(i.group, i.id)}: {ct(`kind.${i.kind}`)}
          </li>
        ))}
      </List>
    </div>
  )
}

function List({ id, heading, children }: { id: string; heading: string; children: ReactNode[] }) {
  const ct = useFeatureTranslate(changesCatalog)
  return (
    <section aria-labelledby={id} className="changes-list">
      <h2 id={id}>{heading}</h2>
      {children.length === 0 ? <p>{ct('none')}</p> : <ul>{children}</ul>}
    </section>
  )
}

import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { leadActorOf } from '../../../domain/dataset/normalised-opportunity.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../../../domain/format/localized-text.ts'

/** How many names a slide lists before "and n more": more would not fit at projector size. */
export const LISTED = 3
/** Source names are long ("Workshop: cluster work in …"); a slide lists fewer, shortened. */
export const SOURCES_LISTED = 2
const SOURCE_NAME_LENGTH = 48

/** The text cut at a word before `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`
}

export interface OpportunityFacts {
  summary: string
  horizon: string | null
  phases: string[]
  lead: string | null
  partners: string[]
  sources: string[]
  criteria: { id: string; name: string; score: number | null }[]
}

/** The texts an opportunity slide shows, resolved in the UI language. */
export function opportunityFacts(
  data: NormalisedExport,
  position: number,
  lang: UiLanguage,
): OpportunityFacts | null {
  const record = data.opportunities[position]?.record
  if (!record) return null
  const dl = data.dataset.defaultLanguage
  const text = (value: LocalizedText | undefined, fallback: string) =>
    value === undefined ? fallback : (resolveText(value, lang, dl)?.text ?? fallback)
  const actorName = (id: string) => text(data.actorById.get(id)?.name, id)
  const lead = leadActorOf(record)
  return {
    summary: text(record.summary, ''),
    horizon: record.horizon ? `${record.horizon.start} – ${record.horizon.end}` : null,
    phases: (record.phases ?? []).map((p) => `${text(p.name, '')} ${p.start} – ${p.end}`),
    lead: lead === null ? null : actorName(lead),
    partners: (record.actors ?? [])
      .filter((a) => a.role === 'partner')
      .map((a) => actorName(a.actor)),
    sources: (record.sources ?? []).map((id) =>
      shorten(text(data.sourceById.get(id)?.name, id), SOURCE_NAME_LENGTH),
    ),
    criteria: data.criteria.map((c) => ({
      id: c.id,
      name: text(c.name, c.id),
      score: record.scores?.[c.id] ?? null,
    })),
  }
}

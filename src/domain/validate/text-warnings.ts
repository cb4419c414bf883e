import type { Frame, Opportunity } from '../format/export-schema.ts'
import type { LocalizedText } from '../format/localized-text.ts'
import type { JsonPath, OpportunityRef, Problem } from '../format/problems.ts'
import { findHtmlTag } from '../format/text-safety.ts'
import { refOf, type Candidate } from './check-records.ts'
import { problem } from './report-parts.ts'

/**
 * The text policy's one warning: a text that looks like HTML copied from a web page. Such a
 * text is valid and is shown exactly as written (spec, Conventions); the warning only tells
 * the producer that the markup will show as characters. It names the field and quotes the tag.
 */
export function htmlTextWarnings(frame: Frame, accepted: readonly Candidate[]): Problem[] {
  const out: Problem[] = []
  const frameTexts = new TextVisitor(out, null)
  frameTexts.localized(frame.dataset.title, ['dataset', 'title'])
  frameTexts.localized(frame.dataset.region?.name, ['dataset', 'region', 'name'])
  const named = (
    list: string,
    items: readonly { name: LocalizedText; description?: LocalizedText }[],
  ) =>
    items.forEach((item, i) => {
      frameTexts.localized(item.name, [list, i, 'name'])
      frameTexts.localized(item.description, [list, i, 'description'])
    })
  named('themes', frame.themes)
  named('clusters', frame.clusters ?? [])
  named('actors', frame.actors ?? [])
  named('criteria', frame.criteria)
  named('sources', frame.sources ?? [])
  ;(frame.sources ?? []).forEach((s, i) => frameTexts.plain(s.location, ['sources', i, 'location']))
  for (const c of accepted) opportunityTexts(new TextVisitor(out, c), c.value, c.index)
  return out
}

function opportunityTexts(v: TextVisitor, o: Opportunity, index: number): void {
  const at = (...path: (string | number)[]): JsonPath => ['opportunities', index, ...path]
  v.localized(o.title, at('title'))
  v.localized(o.summary, at('summary'))
  v.localized(o.description, at('description'))
  o.phases?.forEach((p, i) => v.localized(p.name, at('phases', i, 'name')))
  o.milestones?.forEach((m, i) => v.localized(m.name, at('milestones', i, 'name')))
  o.indicators?.forEach((x, i) => v.localized(x.name, at('indicators', i, 'name')))
  o.links?.forEach((l, i) => v.localized(l.label, at('links', i, 'label')))
  o.tags?.forEach((t, i) => v.plain(t, at('tags', i)))
}

/** Checks the texts of one record (or of the frame) and adds a warning for each tag found. */
class TextVisitor {
  private ref: OpportunityRef | undefined

  constructor(
    private readonly out: Problem[],
    private readonly candidate: Candidate | null,
  ) {}

  localized(text: LocalizedText | undefined, path: JsonPath): void {
    if (typeof text === 'string') this.plain(text, path)
    else if (text)
      for (const lang in text) this.plain(text[lang as keyof typeof text], [...path, lang])
  }

  plain(text: string | undefined, path: JsonPath): void {
    if (text === undefined) return
    const tag = findHtmlTag(text)
    if (tag === null) return
    const field = String(path.findLast((p) => typeof p === 'string') ?? '')
    if (this.candidate) this.ref ??= refOf(this.candidate)
    this.out.push(problem('warning', 'warning.htmlText', path, { field, tag }, this.ref))
  }
}

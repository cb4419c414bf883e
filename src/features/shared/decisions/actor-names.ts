import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { resolveText } from '../../../domain/format/localized-text.ts'

/** The export's actors by their names in the UI language, for the responsible's suggestions. */
export function actorNames(
  data: NormalisedExport,
  lang: UiLanguage,
): { id: string; name: string }[] {
  const dl = data.dataset.defaultLanguage
  return data.actors.map((a) => ({ id: a.id, name: resolveText(a.name, lang, dl)?.text ?? a.id }))
}

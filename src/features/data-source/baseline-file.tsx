import {
  useReadBaselineFile,
  type BaselineFileRead,
} from '../../data/history/read-baseline-file.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { baselineChoiceCatalog } from './baseline-choice-catalog.ts'
import { FileDropZone } from './file-drop-zone.tsx'
import type { BaselineOffer } from './use-baseline-choice.ts'

/**
 * A local file as the export to compare with, by the picker (the keyboard path) or by
 * dropping it. It gets the same checks as any export: one that does not load is explained in
 * the same words, and the views and the comparison stay as they were.
 */
export function BaselineFile({ onRead }: { onRead: (offer: BaselineOffer) => void }) {
  const t = useFeatureTranslate(baselineChoiceCatalog)
  const lang = useLanguage()
  const readFile = useReadBaselineFile(lang)
  const read = async (file: File): Promise<BaselineFileRead> => {
    const result = await readFile(file)
    if (result.entry) onRead({ hash: result.entry.hash, datasetId: result.entry.datasetId })
    return result
  }
  return (
    <FileDropZone
      heading={<h3>{t('file.heading')}</h3>}
      chooseLabel={t('file.choose')}
      hint={t('file.drop')}
      read={read}
      refused={(result) => (result.entry ? null : result.fetched)}
      words={{
        reading: (name) => t('file.reading', { name }),
        used: (name) => t('file.used', { name }),
        notUsed: (name) => t('file.notUsed', { name }),
      }}
      testId="baseline-file"
    />
  )
}

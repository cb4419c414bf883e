import { useId } from 'react'
import { isUsable } from '../../data/load/load-with-fallback.ts'
import {
  asFetched,
  useChooseFile,
  useReturnToDefaultSource,
} from '../../data/load/use-export-load.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { FileDropZone } from './file-drop-zone.tsx'

/**
 * Loading an export from the user's own computer, by the file picker (the keyboard path) or
 * by dropping a file on the area. Nothing is uploaded: the file is read in the browser and
 * checked in the worker. A file that does not load is explained, and what was shown stays.
 */
export function FilePicker() {
  const t = useTranslate()
  const lang = useLanguage()
  const choose = useChooseFile(lang)
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <FileDropZone
        heading={<h2 id={headingId}>{t('file.heading')}</h2>}
        chooseLabel={t('file.choose')}
        hint={`${t('file.drop')} ${t('file.private')}`}
        read={choose}
        refused={(loaded) => (isUsable(loaded.report) ? null : asFetched(loaded))}
        words={{
          reading: (name) => t('file.loading', { name }),
          used: (name) => t('file.loaded', { name }),
          notUsed: (name) => t('file.notLoaded', { name }),
        }}
      >
        <p>
          <a
            href={`${import.meta.env.BASE_URL}schema/growth-opportunities-v1.schema.json`}
            download
          >
            {t('file.schemaDownload')}
          </a>
        </p>
      </FileDropZone>
    </section>
  )
}

/** The local file in use, and the way back to the configured data. */
export function CurrentFile({ name, readAt }: { name: string; readAt: string }) {
  const t = useTranslate()
  const locale = useLocale()
  const returnToDefault = useReturnToDefaultSource()
  return (
    <p className="current-file">
      {t('file.current', { name, time: formatDateTime(readAt, locale) })}{' '}
      <button type="button" onClick={() => void returnToDefault()}>
        {t('file.useDefault')}
      </button>
    </p>
  )
}

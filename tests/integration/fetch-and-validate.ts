import { MAX_EXPORT_BYTES } from '../../src/domain/validate/limits.ts'
import {
  fetchExportBytes,
  type FetchExportOptions,
  type FetchedExport,
} from '../../src/data/load/fetch-export.ts'
import { validateInWorker } from '../../src/data/worker/validate-in-worker.ts'

/**
 * An address fetched and validated, as loadExport does it for the app without the cache and
 * the retries: what each server behaviour becomes (a report, or a LoadError).
 */
export async function fetchExport(
  url: string | URL,
  options: FetchExportOptions = {},
): Promise<FetchedExport> {
  const fetched = await fetchExportBytes(url, options)
  if (fetched.kind === 'refused') {
    const { report, url: answered, fetchedAt, wrongContentType } = fetched
    return wrongContentType === undefined
      ? { report, url: answered, fetchedAt }
      : { report, url: answered, fetchedAt, wrongContentType }
  }
  const report = await validateInWorker(fetched.bytes, {
    language: options.language,
    maxBytes: options.maxBytes ?? MAX_EXPORT_BYTES,
    onProgress: options.onProgress,
    signal: options.signal,
  })
  return { report, url: fetched.url, fetchedAt: fetched.fetchedAt }
}

import { MAX_EXPORT_BYTES } from '../../domain/validate/limits.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { ExportPreview } from './load-progress.ts'
import { tooLargeReport } from './too-large.ts'
import {
  validateBytesInWorker,
  type ValidateInWorkerOptions,
} from '../worker/validate-in-worker.ts'
import type { TranslationWarnings } from '../worker/worker-protocol.ts'

/** A local file as the cache and the source choice remember it (never its contents' path). */
export interface FileSource {
  kind: 'file'
  name: string
  size: number
  /** Milliseconds since the epoch, from File.lastModified. */
  lastModified: number
}

/** The worker's options: a file is validated as any export is. */
export type ReadExportFileOptions = ValidateInWorkerOptions

export interface ReadExportFile {
  report: ValidationReport
  source: FileSource
  /** ISO 8601, when the file was read. */
  readAt: string
  /** The file's bytes (to cache), or null when it was refused unread. */
  bytes: ArrayBuffer | null
  preview?: ExportPreview
  translationWarnings?: TranslationWarnings
}

export function fileSource(file: File): FileSource {
  return { kind: 'file', name: file.name, size: file.size, lastModified: file.lastModified }
}

/**
 * Reads a file the user picked or dropped and validates it in the worker. Nothing leaves the
 * browser. A file over the size limit is refused from `file.size`, before a byte of it is
 * read, with the same report the validator gives for too many bytes.
 */
export async function readExportFile(
  file: File,
  options: ReadExportFileOptions = {},
): Promise<ReadExportFile> {
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES
  const source = fileSource(file)
  const readAt = new Date().toISOString()
  if (file.size > maxBytes) {
    return { report: tooLargeReport(file.size, maxBytes), source, readAt, bytes: null }
  }
  options.signal?.throwIfAborted()
  options.onProgress?.({ phase: 'reading', loaded: 0, total: file.size, fraction: 0 })
  const read = await file.arrayBuffer()
  options.signal?.throwIfAborted()
  options.onProgress?.({ phase: 'reading', loaded: read.byteLength, total: file.size, fraction: 1 })
  const { report, bytes, preview, translationWarnings } = await validateBytesInWorker(read, {
    ...options,
    maxBytes,
  })
  return {
    report,
    source,
    readAt,
    bytes,
    ...(preview && { preview }),
    ...(translationWarnings && { translationWarnings }),
  }
}

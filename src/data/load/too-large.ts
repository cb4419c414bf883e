import type { ValidationReport } from '../../domain/validate/validation-report.ts'

/**
 * The report for bytes over the size limit, exactly as validateExportBytes words it, for the
 * places that refuse before reading: a Content-Length header, a File's size, a download that
 * keeps going past the limit. Building it here spares allocating the bytes just to be told
 * they are too many (src/data/too-large.test.ts checks both stay the same).
 */
export function tooLargeReport(bytes: number, maxBytes: number): ValidationReport {
  return {
    outcome: 'unreadable',
    problems: [
      {
        severity: 'error',
        code: 'unreadable.tooLarge',
        path: [],
        params: { sizeMb: Math.ceil(bytes / 2 ** 20), limitMb: Math.floor(maxBytes / 2 ** 20) },
      },
    ],
  }
}

import type { ExportInput } from './export-schema.ts'
import type { NormalisedExport } from './normalise-export.ts'
import { validateExportValue } from './validate-export.ts'

/**
 * The frame of the small exports that the filter and table tests build: one dataset, the
 * lists each test needs, and its opportunities. Shared so every fixture loads the same way.
 */
export function testExport(
  parts: Omit<ExportInput, 'schemaVersion' | 'exportedAt' | 'dataset'>,
): ExportInput {
  return {
    schemaVersion: '1.0',
    exportedAt: '2026-01-15T10:00:00+02:00',
    dataset: {
      id: 'test',
      title: 'Testi',
      defaultLanguage: 'fi',
      strategyPeriod: { start: 2023, end: 2027 },
    },
    ...parts,
  }
}

/** A fixture as the app sees it once loaded; a fixture that does not load fully is a bug. */
export function loadTestExport(value: unknown): NormalisedExport {
  const report = validateExportValue(value)
  if (report.outcome !== 'loaded') throw new Error(`fixture must load: ${report.outcome}`)
  return report.data
}

import { readJsonText } from '../../domain/validate/json-text.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import { validateExportBytes, validateRead } from '../../domain/validate/validate-export.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { LoadPhase } from '../load/load-progress.ts'

export interface PipelineOptions {
  language?: ContentLanguage
  maxBytes?: number
}

export type WorkerPhase = Extract<LoadPhase, 'parsing' | 'validating' | 'normalising'>

/**
 * validateExportBytes in steps, telling which one runs. Same result as validateExportBytes
 * (tests/integration/validate-pipeline.test.ts compares them): every failure of a step is
 * handed back to the domain function that words it, so the problems are never written twice.
 * Too large or not UTF-8 costs a second look at the bytes; everything else is read once.
 */
export function validateInSteps(
  bytes: Uint8Array,
  options: PipelineOptions,
  onPhase: (phase: WorkerPhase, fraction?: number) => void,
): ValidationReport {
  const validateOptions = { language: options.language, maxBytes: options.maxBytes }
  onPhase('parsing', 0)
  if (options.maxBytes !== undefined && bytes.byteLength > options.maxBytes) {
    return validateExportBytes(bytes, validateOptions)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return validateExportBytes(bytes, validateOptions)
  }
  onPhase('parsing', 0.5)
  const read = readJsonText(text)
  text = ''
  if (read.ok) onPhase('validating', 0)
  return validateRead(read, validateOptions)
}

import { readJsonText } from '../../domain/validate/json-text.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import {
  validateExportBytes,
  validateExportText,
  validateExportValue,
} from '../../domain/validate/validate-export.ts'
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
 * Those failures (too large, not UTF-8, not JSON) cost a second decode or parse; a good file
 * pays for each step once.
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
  if (!read.ok) return validateExportText(text, validateOptions)
  text = ''
  onPhase('validating', 0)
  return validateExportValue(read.value, validateOptions)
}

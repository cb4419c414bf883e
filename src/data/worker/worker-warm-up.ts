import { warmUpSample } from './warm-up-sample.ts'
import { previewOf } from './export-preview.ts'
import { validateInSteps } from './validate-pipeline.ts'

/**
 * Runs the validator over a small made-up export while the worker waits for its first
 * request (the export is still downloading): the first export otherwise runs through code
 * the engine has not compiled yet, several times slower than once warm.
 *
 * Each round is its own task and the rounds stop as soon as a request has come (`stop`), so
 * a request never waits for more than one round.
 */

/**
 * Opportunities in the made-up export: a few of every shape the format allows. Small rounds,
 * so a small export that arrives mid-round waits for little: the first round is cold and slow.
 */
const SAMPLE_SIZE = 12
export const WARM_UP_ROUNDS = 12

export function warmUpValidator(stop: () => boolean): void {
  let bytes: Uint8Array | null = null
  let round = 0
  const next = () => {
    if (stop() || round++ >= WARM_UP_ROUNDS) return
    try {
      bytes ??= new TextEncoder().encode(JSON.stringify(warmUpSample(SAMPLE_SIZE)))
      const report = validateInSteps(bytes.slice(), { language: 'fi' }, () => undefined)
      if ('data' in report) previewOf(report, 'fi')
    } catch {
      return // Only ever a head start: a failure here shows again, properly, on a real export.
    }
    setTimeout(next, 0)
  }
  setTimeout(next, 0)
}

import { TopLevelArrayScan } from './json-array-scan.ts'
import type { Opportunity } from '../../domain/format/export-schema.ts'
import type { NormalisedOpportunity } from '../../domain/dataset/normalise-export.ts'
import { normalisedOpportunity } from '../../domain/dataset/normalised-opportunity.ts'
import { SharedValues } from './shared-values.ts'

/**
 * The export's records, parsed on the page from its own copy of the bytes while the worker
 * validates them. The worker then sends only which of them it accepted (transfer-report.ts,
 * `pageHasRecords`), and the page makes the opportunities from its own records
 * (`wrapAccepted`): copying many records out of the worker one object at a time costs the
 * page more than parsing them, and it could only start once validation had ended.
 *
 * The work runs in slices of a few milliseconds with the page free in between, so the long-
 * task budget holds; the slices are scheduled with a message channel, which a hidden tab
 * does not slow down as it does timers.
 */

/** Milliseconds of work per slice. */
const SLICE_MS = 8
/** Records parsed at a time (a few milliseconds each at the size of an export's records). */
const RECORDS_PER_PARSE = 250

export class PageRecords {
  /** True once the scan has found every record, false if the page cannot parse them. */
  readonly scanned: Promise<boolean>
  /** The export's `opportunities` in export order, or null when the page could not parse them. */
  readonly records: Promise<unknown[] | null>
  /**
   * Repeated values (themes, statuses, goals, actors, dates) kept once: see shared-values.ts.
   * The report joiner shares what comes from the worker with the same copies.
   */
  readonly values = new SharedValues()
  private cancelled = false

  constructor(bytes: Uint8Array) {
    let onScanned: (ok: boolean) => void = () => undefined
    this.scanned = new Promise((resolve) => (onScanned = resolve))
    this.records = this.run(bytes, onScanned)
    // Nobody may ask for the records (the worker sent them after all): no unhandled rejection.
    this.records.catch(() => undefined)
  }

  /**
   * The opportunities at the export positions `accepted` (the worker's verdict), made from
   * the page's records in slices, each handed to `onSlice` with the fraction done. Rejects if
   * the page has no record at one of them, which would be a bug (both parsed the same bytes).
   */
  async wrapAccepted(
    accepted: Int32Array,
    onSlice: (opportunities: NormalisedOpportunity[], fraction: number) => void,
  ): Promise<void> {
    const records = await this.records
    if (!records) throw new Error('The page could not read the records the worker checked.')
    let next = 0
    while (next < accepted.length) {
      if (this.cancelled) return
      const started = performance.now()
      const slice: NormalisedOpportunity[] = []
      while (
        next < accepted.length &&
        (slice.length % 500 !== 0 || performance.now() - started < SLICE_MS)
      ) {
        const index = accepted[next++] as number
        const record = records[index] as Opportunity | undefined
        if (typeof record?.id !== 'string')
          throw new Error(`The page has no record at position ${index} of the export.`)
        slice.push(normalisedOpportunity(record, index))
      }
      onSlice(slice, next / accepted.length)
      if (next < accepted.length) await nextSlice()
    }
  }

  /** Stops the work at the next slice (another load replaced this one). */
  cancel(): void {
    this.cancelled = true
  }

  private async run(
    bytes: Uint8Array,
    onScanned: (ok: boolean) => void,
  ): Promise<unknown[] | null> {
    try {
      // Not in the caller's task: that one is about to hand the bytes to the worker.
      await nextSlice()
      const scan = new TopLevelArrayScan(bytes, 'opportunities')
      let done = false
      while (!done) {
        if (this.cancelled) {
          onScanned(false)
          return null
        }
        const started = performance.now()
        // Half a megabyte at a time (a few ms), checking the clock between.
        do done = scan.advance(2 ** 19)
        while (!done && performance.now() - started < SLICE_MS)
        if (!done) await nextSlice()
      }
      const ranges = scan.ranges()
      onScanned(ranges !== null)
      if (ranges === null) return null

      const decoder = new TextDecoder()
      const count = ranges.length / 2
      const records: unknown[] = []
      const values = this.values
      while (records.length < count) {
        if (this.cancelled) return null
        const started = performance.now()
        while (records.length < count && performance.now() - started < SLICE_MS) {
          const first = records.length
          const last = Math.min(count, first + RECORDS_PER_PARSE) - 1
          // The records between two ranges are separated by commas: one array to parse.
          const text = decoder.decode(
            bytes.subarray(ranges[2 * first] as number, ranges[2 * last + 1] as number),
          )
          for (const record of JSON.parse(`[${text}]`) as unknown[]) {
            values.shareRecordParts(record)
            records.push(record)
          }
        }
        await nextSlice()
      }
      return records
    } catch {
      // Bytes that are not JSON: the worker reports them; the page only does without.
      onScanned(false)
      return null
    }
  }
}

function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

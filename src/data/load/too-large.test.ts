import { describe, expect, it } from 'vitest'
import { validateExportBytes } from '../../domain/validate/validate-export.ts'
import { tooLargeReport } from './too-large.ts'

describe('tooLargeReport', () => {
  it('is exactly the report the validator gives for too many bytes', () => {
    for (const [size, max] of [
      [3 * 2 ** 20 + 1, 2 * 2 ** 20],
      [5000, 4096],
      [2 ** 21, 2 ** 20 + 7],
    ] as const) {
      expect(tooLargeReport(size, max)).toEqual(
        validateExportBytes(new Uint8Array(size), { maxBytes: max }),
      )
    }
  })

  it('states sizes in whole megabytes, rounded up for the file and down for the limit', () => {
    expect(tooLargeReport(100 * 2 ** 20 + 1, 64 * 2 ** 20).problems[0]?.params).toEqual({
      sizeMb: 101,
      limitMb: 64,
    })
  })
})

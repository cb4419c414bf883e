import { describe, expect, it, vi } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { validateExportBytes } from '../../src/domain/validate/validate-export.ts'
import type { LoadProgress } from '../../src/data/load/load-progress.ts'
import { readExportFile } from '../../src/data/load/read-export-file.ts'

const demoText = JSON.stringify(demo)

/** A File whose size says what we want without holding the bytes, and that counts reads. */
function hugeFile(size: number): File {
  return {
    name: 'huge.json',
    size,
    lastModified: 1_700_000_000_000,
    arrayBuffer: vi.fn(),
    text: vi.fn(),
    stream: vi.fn(),
    slice: vi.fn(),
  } as unknown as File
}

describe('readExportFile', () => {
  it('refuses a file over 64 MB from its size, without reading it', async () => {
    const file = hugeFile(64 * 2 ** 20 + 1)
    const read = await readExportFile(file)
    expect(read.report).toEqual({
      outcome: 'unreadable',
      problems: [
        {
          severity: 'error',
          code: 'unreadable.tooLarge',
          path: [],
          params: { sizeMb: 65, limitMb: 64 },
        },
      ],
    })
    expect(read.bytes).toBeNull()
    for (const method of ['arrayBuffer', 'text', 'stream', 'slice'] as const) {
      expect(file[method]).not.toHaveBeenCalled()
    }
  })

  it('refuses with the validator’s own too-large report', async () => {
    const bytes = new TextEncoder().encode(demoText)
    const file = new File([bytes], 'demo.json', { type: 'application/json' })
    const spy = vi.spyOn(file, 'arrayBuffer')
    const read = await readExportFile(file, { maxBytes: 1000 })
    expect(read.report).toEqual(validateExportBytes(bytes, { maxBytes: 1000 }))
    expect(spy).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly the limit', async () => {
    const bytes = new TextEncoder().encode(demoText)
    const read = await readExportFile(new File([bytes], 'demo.json'), {
      maxBytes: bytes.byteLength,
    })
    expect(read.report.outcome).toBe('loaded')
  })

  it('reads and validates a file, and describes it for the cache', async () => {
    const file = new File([demoText], 'kasvu.json', { lastModified: 1_764_000_000_000 })
    const progress: LoadProgress[] = []
    const read = await readExportFile(file, {
      language: 'sv',
      onProgress: (p) => progress.push(p),
    })
    expect(read.report).toEqual(
      validateExportBytes(new TextEncoder().encode(demoText), { language: 'sv' }),
    )
    expect(read.source).toEqual({
      kind: 'file',
      name: 'kasvu.json',
      size: file.size,
      lastModified: 1_764_000_000_000,
    })
    expect(new TextDecoder().decode(read.bytes as ArrayBuffer)).toBe(demoText)
    expect(progress.map((p) => p.phase)).toEqual([
      'reading',
      'reading',
      'parsing',
      'parsing',
      'validating',
      'done',
    ])
    expect(progress[1]).toEqual({
      phase: 'reading',
      loaded: file.size,
      total: file.size,
      fraction: 1,
    })
  })

  it('reports a file that is not JSON as unreadable, with where it breaks', async () => {
    const read = await readExportFile(new File(['{"schemaVersion": '], 'cut.json'))
    expect(read.report.outcome).toBe('unreadable')
    expect(read.report.problems[0]?.code).toBe('unreadable.notJson')
  })
})

import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isProblemCode } from '../../src/domain/format/problems.ts'
import { validateExportBytes } from '../../src/domain/validate/validate-export.ts'

/**
 * One small fixture per rule of the format (shared/spec/export-format-v1.md), each a valid
 * export but for one defect. manifest.json says what loading it must give; a data producer or
 * another implementation of the reader can use the same files.
 *
 * In `setAside`, a record without an id is named by its position, "#1".
 */
interface ManifestEntry {
  file: string
  outcome: 'unreadable' | 'brokenFrame' | 'partial'
  code: string
  setAside?: string[]
  /** Expected parameters of (some) problem with `code`. */
  params?: Record<string, string | number>
  rule: string
}

const dir = new URL('./', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as ManifestEntry[]
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(file, dir)))

/** Ids of the opportunities a fixture holds, or null when it is not a readable export. */
function opportunityIds(bytes: Uint8Array): (string | undefined)[] | null {
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as {
      opportunities?: unknown
    }
    if (!Array.isArray(value.opportunities)) return null
    return value.opportunities.map((o: unknown) =>
      typeof o === 'object' && o !== null && typeof (o as { id?: unknown }).id === 'string'
        ? (o as { id: string }).id
        : undefined,
    )
  } catch {
    return null
  }
}

describe('invalid fixtures (mocks/invalid/manifest.json)', () => {
  it('lists every fixture in the folder, and only those', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
      .sort()
    const listed = manifest.map((e) => e.file).sort()
    expect(listed).toEqual(files)
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('names real problem codes and the outcomes of invalid data only', () => {
    for (const entry of manifest) {
      expect(isProblemCode(entry.code), entry.file).toBe(true)
      expect(['unreadable', 'brokenFrame', 'partial'], entry.file).toContain(entry.outcome)
      expect(entry.rule.length, entry.file).toBeGreaterThan(0)
      expect(entry.setAside !== undefined, entry.file).toBe(entry.outcome === 'partial')
    }
  })

  it('keeps the fixtures small', () => {
    for (const entry of manifest)
      expect(bytesOf(entry.file).byteLength, entry.file).toBeLessThan(8192)
  })

  it.each(manifest.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const bytes = bytesOf(entry.file)
    const report = validateExportBytes(bytes)

    expect(report.outcome).toBe(entry.outcome)
    for (const p of report.problems) {
      expect(Array.isArray(p.path)).toBe(true)
      expect(isProblemCode(p.code)).toBe(true)
    }
    const withCode = report.problems.filter((p) => p.code === entry.code)
    expect(withCode.length, `no problem ${entry.code}`).toBeGreaterThan(0)
    if (entry.params) {
      expect(withCode.map((p) => p.params)).toContainEqual(expect.objectContaining(entry.params))
    }

    if (report.outcome === 'unreadable' || report.outcome === 'brokenFrame') {
      expect(report).not.toHaveProperty('data')
      expect(report.problems.every((p) => p.severity === 'error')).toBe(true)
      return
    }
    if (report.outcome !== 'partial') return
    const all = opportunityIds(bytes)
    expect(all).not.toBeNull()
    const named = report.setAside.map((r) => r.id ?? `#${r.index}`)
    expect([...named].sort()).toEqual([...(entry.setAside ?? [])].sort())
    // Everything not set aside loads: nothing is lost, and the counts add up.
    const setAsideIndexes = new Set(report.setAside.map((r) => r.index))
    const expectedLoaded = (all ?? []).filter((_, i) => !setAsideIndexes.has(i))
    expect(report.data.opportunities.map((o) => o.id)).toEqual(expectedLoaded)
    expect(report.data.opportunities.length + report.setAside.length).toBe(all?.length)
    // Each set-aside record says why, at a path inside that record.
    for (const record of report.setAside) {
      expect(record.reasons.length).toBeGreaterThan(0)
      for (const reason of record.reasons) {
        expect(reason.path.slice(0, 2)).toEqual(['opportunities', record.index])
        expect(reason.opportunity?.index).toBe(record.index)
      }
    }
  })
})

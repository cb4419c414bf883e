import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateExportBytes } from '../../src/domain/validate/validate-export.ts'

/**
 * The text policy (shared/spec/export-format-v1.md, Conventions), one small export per case:
 * text is plain text, shown exactly as written, so every one of these loads whole. Those that
 * look like HTML copied from a web page warn, naming the field; the others say nothing.
 */
interface ManifestEntry {
  file: string
  /** The warning the export must give (only where the text looks like HTML). */
  warning?: string
  /** The tag the warning quotes. */
  tag?: string
  /** opp-b's summary, which must load exactly as written. */
  text?: string
  rule: string
}

const dir = new URL('./', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as ManifestEntry[]

describe('plain-text fixtures (mocks/plain-text/manifest.json)', () => {
  it('lists every fixture in the folder, and only those', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
      .sort()
    expect(manifest.map((e) => e.file).sort()).toEqual(files)
  })

  it.each(manifest)('$file loads whole: $rule', ({ file, warning, tag, text }) => {
    const report = validateExportBytes(new Uint8Array(readFileSync(new URL(file, dir))))
    expect(report.outcome).toBe('loaded')
    const warned = report.problems.filter((p) => p.code === 'warning.htmlText')
    if (warning) expect(warned.length).toBeGreaterThan(0)
    else expect(warned).toEqual([])
    if (tag) expect(warned[0]?.params.tag).toBe(tag)
    if (text !== undefined && 'data' in report) {
      const b = report.data.opportunities.find((o) => o.id === 'opp-b')
      expect(b?.record.summary).toBe(text)
    }
  })
})

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateExportBytes } from '../src/domain/validate/validate-export.ts'
import { describeProblem } from '../src/i18n/catalogs.ts'
import { main } from './validate.ts'

interface ManifestEntry {
  file: string
  outcome: string
  code: string
}

const manifest = JSON.parse(readFileSync('mocks/invalid/manifest.json', 'utf8')) as ManifestEntry[]
const plainText = JSON.parse(readFileSync('mocks/plain-text/manifest.json', 'utf8')) as {
  file: string
}[]

function run(args: string[]): { code: number; out: string } {
  const lines: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
  const code = main(args)
  return { code, out: lines.join('\n') }
}

afterEach(() => vi.restoreAllMocks())

describe('npm run validate', () => {
  it('exits 0 on the demo export and reports it loaded, in Finnish by default', () => {
    const { code, out } = run(['mocks/demo-export.json'])
    expect(code).toBe(0)
    expect(out).toContain('Kaikki 64 kasvumahdollisuutta ladattiin.')
  })

  it('reports in English with --lang en', () => {
    const { code, out } = run(['mocks/demo-export.json', '--lang', 'en'])
    expect(code).toBe(0)
    expect(out).toContain('All 64 opportunities were loaded.')
  })

  it.each(manifest)(
    'exits 1 on $file and names the problem ($code)',
    ({ file, code: problemCode }) => {
      const path = `mocks/invalid/${file}`
      const { code, out } = run([path, '--lang', 'en', '--all'])
      expect(code).toBe(1)
      const report = validateExportBytes(readFileSync(path))
      const problem = report.problems.find((p) => p.code === problemCode)
      if (!problem) throw new Error(`${file} should report ${problemCode}`)
      const described = describeProblem(problem, 'en')
      expect(out).toContain(described.message)
      expect(out).toContain(described.path)
    },
  )

  it.each(plainText)('exits 0 on $file: plain text loads, whatever it looks like', ({ file }) => {
    expect(run([`mocks/plain-text/${file}`, '--lang', 'en']).code).toBe(0)
  })

  it('ends quietly when its reader stops early, as `| head -3` does', async () => {
    // A thousand listed problems: more than a pipe holds, so the writes meet the closed pipe.
    const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as object
    const file = join(mkdtempSync(join(tmpdir(), 'kk-')), 'many-problems.json')
    writeFileSync(file, JSON.stringify({ ...demo, opportunities: Array(5_000).fill(1) }))
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/validate.ts', file])
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read the first chunk, then close the pipe, as head does after its lines.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error|at /)
    expect(code).toBe(1)
  })

  it('refuses wrong usage with exit code 2', () => {
    expect(run([]).code).toBe(2)
    expect(run(['mocks/demo-export.json', '--lang', 'de']).code).toBe(2)
    expect(run(['no/such/file.json']).code).toBe(2)
  })
})

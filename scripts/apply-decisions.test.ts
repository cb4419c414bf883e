import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DecisionEntry } from '../src/domain/decisions/decision-record-schema.ts'
import { recordText, type Session } from '../src/domain/decisions/session.ts'
import { main } from './apply-decisions.ts'
import { main as validate } from './validate.ts'

const DEMO = 'mocks/demo-export.json'
const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as {
  dataset: { id: string }
  exportedAt: string
  opportunities: { id: string; status: string }[]
}

const entry = (opportunityId: string, decision: DecisionEntry['decision']): DecisionEntry => ({
  opportunityId,
  title: opportunityId,
  rank: 1,
  impact: 0.5,
  feasibility: 0.5,
  decision,
  note: '=cmd|"/c calc"!A1 <b>note</b>',
  responsible: 'Lapin liitto',
  decidedAt: '2026-12-03T10:00:00.000Z',
})

function recordFile(decisions: DecisionEntry[], datasetId = demo.dataset.id): string {
  const session: Session = {
    id: 'forum-test',
    forum: 'Strategiafoorumi',
    date: '2026-12-03',
    place: 'Rovaniemi',
    basedOn: {
      datasetId,
      exportedAt: demo.exportedAt,
      sha256: 'f'.repeat(64),
      weights: {},
      filters: {},
    },
    decisions,
  }
  const file = join(mkdtempSync(join(tmpdir(), 'kk-apply-')), 'decisions.json')
  writeFileSync(file, recordText(session, '2026-12-03T12:00:00.000Z'))
  return file
}

function run(args: string[]): { code: number; out: string } {
  const lines: string[] = []
  const keep = (...a: unknown[]) => void lines.push(a.join(' '))
  vi.spyOn(console, 'log').mockImplementation(keep)
  vi.spyOn(console, 'error').mockImplementation(keep)
  const code = main(args)
  vi.restoreAllMocks()
  return { code, out: lines.join('\n') }
}

afterEach(() => vi.restoreAllMocks())

describe('npm run apply-decisions', () => {
  const first = demo.opportunities[0] as { id: string }
  const second = demo.opportunities[1] as { id: string }

  it('writes an export that npm run validate accepts, with the decided statuses', () => {
    const record = recordFile([entry(first.id, 'discard'), entry(second.id, 'prioritise')])
    const out = join(mkdtempSync(join(tmpdir(), 'kk-apply-')), 'next.json')
    const { code, out: text } = run([DEMO, record, '--out', out])
    expect(code).toBe(0)
    expect(text).toContain('2 opportunities updated from 2 decisions.')
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
    expect(validate([out, '--lang', 'en'])).toBe(0)
    vi.restoreAllMocks()
    const next = JSON.parse(readFileSync(out, 'utf8')) as typeof demo
    expect(next.opportunities.find((o) => o.id === first.id)?.status).toBe('discarded')
    expect(next.opportunities.find((o) => o.id === second.id)?.status).toBe('prioritised')
  })

  it('refuses a record made on another dataset, with exit 1 and a clear message', () => {
    const { code, out } = run([DEMO, recordFile([entry(first.id, 'plan')], 'kainuu-s3')])
    expect(code).toBe(1)
    expect(out).toContain(
      `The decision record was made on dataset "kainuu-s3", but ${DEMO} is dataset "${demo.dataset.id}": nothing was applied.`,
    )
  })

  it('names every decision whose opportunity is missing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kk-apply-')), 'next.json')
    const record = recordFile([
      entry('gone-a', 'plan'),
      entry(first.id, 'hold'),
      entry('gone-b', 'discard'),
    ])
    const result = run([DEMO, record, '--out', out])
    expect(result.code).toBe(0)
    expect(result.out).toContain('2 decisions are on opportunities the export does not hold')
    expect(result.out).toContain('gone-a: plan')
    expect(result.out).toContain('gone-b: discard')
  })

  it('refuses a broken record and says why, in the chosen language', () => {
    const record = recordFile([entry(first.id, 'plan')])
    writeFileSync(record, readFileSync(record, 'utf8').replace('"plan"', '"approve"'))
    const { code, out } = run([DEMO, record, '--lang', 'en'])
    expect(code).toBe(1)
    expect(out).toContain('$.decisions[0].decision')
    expect(out).toContain('The value approve is not allowed in decision')
  })

  it('refuses wrong usage with exit code 2', () => {
    expect(run([DEMO]).code).toBe(2)
    expect(run([DEMO, DEMO, '--frobnicate']).code).toBe(2)
  })

  it('runs as an npm script, printing the new export when no --out is given', () => {
    const record = recordFile([])
    const child = spawnSync(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/apply-decisions.ts', DEMO, record],
      { encoding: 'utf8' },
    )
    expect(child.status).toBe(0)
    // An empty record: the same export, in meaning.
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(readFileSync(DEMO, 'utf8')))
  })
})

import { describe, expect, it } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { validateExportBytes } from '../../src/domain/validate/validate-export.ts'
import { validateInSteps, type WorkerPhase } from '../../src/data/worker/validate-pipeline.ts'

const encode = (text: string) => new TextEncoder().encode(text)

const inputs: Record<string, Uint8Array> = {
  demo: encode(JSON.stringify(demo)),
  'demo with a byte-order mark': encode(`\uFEFF${JSON.stringify(demo)}`),
  'cut in half': encode(JSON.stringify(demo, null, 2).slice(0, 5000)),
  empty: new Uint8Array(0),
  whitespace: encode('  \n '),
  'not UTF-8': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
  'an array': encode('[1, 2]'),
  'version 2': encode('{"schemaVersion": "2.0"}'),
  'a broken frame': encode(JSON.stringify({ ...demo, themes: 'none' })),
  'one record set aside': encode(
    JSON.stringify({
      ...demo,
      opportunities: demo.opportunities.map((o, i) => (i === 2 ? { ...o, theme: 'nope' } : o)),
    }),
  ),
}

describe('validateInSteps', () => {
  for (const [name, bytes] of Object.entries(inputs)) {
    it(`gives validateExportBytes' report: ${name}`, () => {
      for (const language of [undefined, 'sv'] as const) {
        expect(validateInSteps(bytes, { language }, () => undefined)).toEqual(
          validateExportBytes(bytes, { language }),
        )
      }
    })
  }

  it('gives the same too-large report, and stops before decoding', () => {
    const bytes = inputs.demo as Uint8Array
    const phases: WorkerPhase[] = []
    const report = validateInSteps(bytes, { maxBytes: 1000 }, (p) => phases.push(p))
    expect(report).toEqual(validateExportBytes(bytes, { maxBytes: 1000 }))
    expect(report.problems[0]?.code).toBe('unreadable.tooLarge')
    expect(phases).toEqual(['parsing'])
  })

  it('tells each phase in order: parsing, then validating', () => {
    const seen: [WorkerPhase, number | undefined][] = []
    validateInSteps(inputs.demo as Uint8Array, {}, (phase, fraction) =>
      seen.push([phase, fraction]),
    )
    expect(seen).toEqual([
      ['parsing', 0],
      ['parsing', 0.5],
      ['validating', 0],
    ])
  })

  it('never reaches validating when the text is not JSON', () => {
    const phases: WorkerPhase[] = []
    validateInSteps(inputs['cut in half'] as Uint8Array, {}, (p) => phases.push(p))
    expect(phases).not.toContain('validating')
  })
})

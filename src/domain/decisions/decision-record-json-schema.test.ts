import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DECISIONS_JSON_SCHEMA_FILE,
  buildDecisionsJsonSchema,
  decisionsJsonSchemaText,
} from './decision-record-json-schema.ts'

describe('the published JSON Schema of decision records', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync(
      new URL(`../../../public/${DECISIONS_JSON_SCHEMA_FILE}`, import.meta.url),
      'utf8',
    )
    expect(committed).toBe(decisionsJsonSchemaText())
  })

  it('names the format, the version and the six decisions', () => {
    const schema = buildDecisionsJsonSchema() as {
      required: string[]
      properties: {
        format: { const?: string }
        version: { const?: number }
        decisions: { items: { properties: { decision: { enum: string[] }; note: object } } }
      }
    }
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'savedAt', 'session', 'decisions']),
    )
    expect(schema.properties.format.const).toBe('kasvukartta-decisions')
    expect(schema.properties.version.const).toBe(1)
    const item = schema.properties.decisions.items.properties
    expect(item.decision.enum).toEqual([
      'prioritise',
      'plan',
      'continue',
      'hold',
      'discard',
      'noDecision',
    ])
    expect(item.note).toMatchObject({ maxLength: 2000 })
  })
})

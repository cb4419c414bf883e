import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_FILE, buildJsonSchema, jsonSchemaText } from './json-schema.ts'

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync(
      new URL(`../../../public/${JSON_SCHEMA_FILE}`, import.meta.url),
      'utf8',
    )
    expect(committed).toBe(jsonSchemaText())
  })

  it('describes the format’s required root fields and enumerations', () => {
    const schema = buildJsonSchema() as {
      required: string[]
      properties: Record<string, { items?: { properties?: Record<string, { enum?: string[] }> } }>
    }
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'exportedAt',
        'dataset',
        'themes',
        'criteria',
        'opportunities',
      ]),
    )
    const opportunity = schema.properties.opportunities?.items?.properties
    expect(opportunity?.status?.enum).toEqual([
      'identified',
      'prioritised',
      'planned',
      'inProgress',
      'completed',
      'onHold',
      'discarded',
    ])
  })
})

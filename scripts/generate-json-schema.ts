/**
 * npm run schema: writes the published JSON Schemas from their zod schemas:
 * public/schema/growth-opportunities-v1.schema.json (exports) and
 * public/schema/decisions-v1.schema.json (decision records).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  DECISIONS_JSON_SCHEMA_FILE,
  decisionsJsonSchemaText,
} from '../src/domain/decisions/decision-record-json-schema.ts'
import { JSON_SCHEMA_FILE, jsonSchemaText } from '../src/domain/format/json-schema.ts'

export function main(): number {
  for (const [file, text] of [
    [JSON_SCHEMA_FILE, jsonSchemaText()],
    [DECISIONS_JSON_SCHEMA_FILE, decisionsJsonSchemaText()],
  ] as const) {
    const target = join('public', file)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
    console.log(`wrote ${target}`)
  }
  return 0
}

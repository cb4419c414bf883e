/** npm run schema: writes public/schema/growth-opportunities-v1.schema.json from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { JSON_SCHEMA_FILE, jsonSchemaText } from '../src/domain/format/json-schema.ts'

export function main(): number {
  const target = join('public', JSON_SCHEMA_FILE)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, jsonSchemaText())
  console.log(`wrote ${target}`)
  return 0
}

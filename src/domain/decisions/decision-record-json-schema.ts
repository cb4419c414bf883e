import { z } from 'zod'
import { DecisionRecordSchema } from './decision-record-schema.ts'

export const DECISIONS_JSON_SCHEMA_FILE = 'schema/decisions-v1.schema.json'

/**
 * The published JSON Schema of decision record format v1, generated from the zod schema so the
 * two cannot drift. Rules that need the whole record (one decision per opportunity, no
 * `__proto__` keys, no repeated keys, the size and nesting bounds) are the validator's.
 */
export function buildDecisionsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DecisionRecordSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  return {
    ...generated,
    $id: 'urn:kasvukartta:schema:decisions:v1',
    title: 'Kasvukartta decision record, format kasvukartta-decisions version 1',
    description:
      'The decisions of one forum session on growth opportunities, and the export they were made on (docs/decisions-format-v1.md). Beyond this schema, the validator checks: at most one decision per opportunity; no "__proto__" keys; no key repeated within an object; at most 16 MB, 64 levels of nesting and 10 000 entries in a list. Texts are plain text, never HTML.',
  }
}

/** The file's text exactly as committed: two-space indentation and a final newline. */
export function decisionsJsonSchemaText(): string {
  return `${JSON.stringify(buildDecisionsJsonSchema(), null, 2)}\n`
}

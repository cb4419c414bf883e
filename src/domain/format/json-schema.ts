import { z } from 'zod'
import { ExportSchema } from './export-schema.ts'

export const JSON_SCHEMA_FILE = 'schema/growth-opportunities-v1.schema.json'

/**
 * The published JSON Schema of export format v1, generated from the zod schema so the two
 * cannot drift. It describes the input form (defaults optional). Rules that need the whole
 * export (unique ids, references, cycles, score ranges, plain text) are the validator's and
 * are named in the descriptions.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExportSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  return {
    ...generated,
    $id: 'urn:kasvukartta:schema:growth-opportunities:v1',
    title: 'Kasvukartta growth opportunity export, format version 1',
    description:
      'One export of growth opportunities for the Kasvukartta dashboard (shared/spec/export-format-v1.md). Beyond this schema, the validator checks: ids unique within each list; every reference (theme, cluster, source, actor, criterion score, dependsOn) resolves; scores within their criterion’s min..max; criterion min below max; horizons and phases ending no earlier than they start; no dependsOn cycles; text is plain text, never HTML; links only https:, http: or mailto:.',
  }
}

/** The file's text exactly as committed: two-space indentation and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`
}

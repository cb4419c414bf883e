import { z } from 'zod'
import { isIsoDate, isIsoDateTimeWithZone } from '../format/calendar.ts'
import { strictSchemas } from '../format/export-schema.ts'
import {
  GROWTH_GOALS,
  ID_PATTERN,
  INNOVATION_TYPES,
  STATUSES,
} from '../format/export-vocabulary.ts'
import type { ProblemCode } from '../format/problems.ts'
import { DECISIONS } from './decision-vocabulary.ts'

/**
 * Decision record format `kasvukartta-decisions` version 1 (docs/decisions-format-v1.md) as zod
 * schemas: the one source of the record's types, of its published JSON Schema and of the
 * validator's field rules. Error messages are problem codes, as in export-schema.ts.
 *
 * Built twice from one definition: `strict` objects report unknown fields (the validator turns
 * them into warnings), `stripped` objects drop them, so what loads holds only known fields.
 */

export const RECORD_FORMAT = 'kasvukartta-decisions'
export const RECORD_VERSION = 1

/** A note's length limit: a rationale, not a document. */
export const MAX_NOTE_LENGTH = 2_000
/** Names, places and the responsible: one line of text. */
export const MAX_NAME_LENGTH = 200
/** Participants: a list of names in free text. */
export const MAX_PARTICIPANTS_LENGTH = 4_000
/** The free-text search in use, as the address bar allows it. */
export const MAX_QUERY_LENGTH = 200

const code = (c: ProblemCode) => ({ error: c })

const Id = z.string().regex(ID_PATTERN, code('field.invalidId'))
const IsoDate = z.string().refine(isIsoDate, code('field.invalidDate')).meta({
  description: 'A calendar date, "YYYY-MM-DD".',
  format: 'date',
})
const DateTime = z.string().refine(isIsoDateTimeWithZone, code('field.invalidDateTime')).meta({
  description: 'ISO 8601 date and time with a time zone.',
  format: 'date-time',
})
/** Plain text, never markup: shown exactly as written. */
const text = (max: number) => z.string().max(max)
const Name = text(MAX_NAME_LENGTH)
const LocalizedText = strictSchemas.Opportunity.shape.title
const AxisScore = z.number().min(0).max(1).nullable().meta({
  description: 'The axis score at the time, 0..1 (the weighted mean of the spec), or null.',
})

type ObjectFactory = typeof z.object

function buildSchemas(object: ObjectFactory) {
  const Filters = object({
    themes: z.array(Id).optional(),
    clusters: z.array(Id).optional(),
    goals: z.array(z.enum(GROWTH_GOALS)).optional(),
    types: z.array(z.enum(INNOVATION_TYPES)).optional(),
    statuses: z.array(z.enum(STATUSES)).optional(),
    sources: z.array(Id).optional(),
    q: text(MAX_QUERY_LENGTH).optional(),
  })

  const BasedOn = object({
    datasetId: Id,
    exportedAt: DateTime,
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, code('field.invalid'))
      .meta({ description: 'SHA-256 of the export file’s bytes, 64 lowercase hex digits.' }),
    weights: z.record(Id, z.number().min(0)).meta({
      description:
        'The what-if weights in use: criterion id → weight; absent ids kept the export’s.',
    }),
    filters: Filters,
  })

  const Session = object({
    id: Id,
    forum: Name.min(1, code('text.empty')),
    date: IsoDate,
    place: Name.optional(),
    chair: Name.optional(),
    secretary: Name.optional(),
    participants: text(MAX_PARTICIPANTS_LENGTH).optional(),
    basedOn: BasedOn,
  })

  const DecisionEntry = object({
    opportunityId: Id,
    title: LocalizedText,
    rank: z.int().min(1).nullable(),
    impact: AxisScore,
    feasibility: AxisScore,
    decision: z.enum(DECISIONS),
    note: text(MAX_NOTE_LENGTH),
    responsible: Name,
    responsibleActor: Id.optional(),
    due: IsoDate.optional(),
    decidedAt: DateTime,
  })

  /** The record without its decisions, which are checked one by one. */
  const Frame = object({
    format: z.literal(RECORD_FORMAT),
    version: z.literal(RECORD_VERSION),
    savedAt: DateTime,
    session: Session,
    decisions: z.array(z.unknown()),
  })

  const Record = Frame.extend({ decisions: z.array(DecisionEntry) })

  return { Filters, BasedOn, Session, DecisionEntry, Frame, Record }
}

export const strictRecordSchemas = buildSchemas(z.strictObject as ObjectFactory)
export const strippedRecordSchemas = buildSchemas(z.object)

/** The whole record, as published in public/schema/decisions-v1.schema.json. */
export const DecisionRecordSchema = strippedRecordSchemas.Record

export type DecisionRecord = z.output<typeof strippedRecordSchemas.Record>
export type SessionDetails = z.output<typeof strippedRecordSchemas.Session>
export type SessionBasis = z.output<typeof strippedRecordSchemas.BasedOn>
export type SessionFilters = z.output<typeof strippedRecordSchemas.Filters>
export type DecisionEntry = z.output<typeof strippedRecordSchemas.DecisionEntry>

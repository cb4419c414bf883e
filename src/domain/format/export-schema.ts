import { z } from 'zod'
import { isIsoDate, isIsoDateTimeWithZone, isPeriod } from './calendar.ts'
import { CONTENT_LANGUAGES, isContentLanguage } from './languages.ts'
import type { ProblemCode } from './problems.ts'
import {
  ID_PATTERN,
  THEME_COLOR_PATTERN,
  STATUSES,
  GROWTH_GOALS,
  INNOVATION_TYPES,
  SOURCE_KINDS,
  ACTOR_TYPES,
  AXES,
  ACTOR_ROLES,
  FUNDING_INSTRUMENTS,
  FUNDING_STATUSES,
} from './export-vocabulary.ts'
import { isSafeLinkUrl } from './text-safety.ts'

/**
 * Export format v1 (shared/spec/export-format-v1.md) as zod schemas: the one source of the
 * format's types, of the published JSON Schema and of the validator's field rules.
 *
 * Error messages are problem codes (catalog keys), never prose. Rules that need more than one
 * record (references, unique ids, cycles, score ranges) live in validate-export.ts.
 *
 * The schemas are built twice from one definition: `strict` objects report unknown fields (the
 * validator turns those into warnings), `loose` objects keep them (a newer 1.x minor may carry
 * fields this reader does not know, and they must survive a round trip).
 */

const code = (c: ProblemCode) => ({ error: c })

const Id = z.string().regex(ID_PATTERN, code('field.invalidId')).meta({
  description:
    'Letters, digits, ".", "_" and "-", starting with a letter or digit; at most 64 characters.',
})

/**
 * Plain text, shown exactly as written: angle brackets are ordinary characters. Text that
 * looks like HTML loads with a warning (text-warnings.ts), never set aside.
 */
const PlainText = z.string()

// Loops rather than Object.keys(o).every(…) and Object.values(o).some(…): the fast check runs
// these on every text object of every record, and the arrays were garbage at once. Own keys
// only, as Object.keys gives them.
function hasOnlyContentLanguages(o: Record<string, string>): boolean {
  for (const k in o) if (Object.hasOwn(o, k) && !isContentLanguage(k)) return false
  return true
}

function hasNonEmptyText(o: Record<string, string>): boolean {
  for (const k in o) if (Object.hasOwn(o, k) && o[k] !== '') return true
  return false
}

const LocalizedText = z
  .union([
    PlainText.refine((s) => s !== '', code('text.empty')),
    z
      .record(z.string(), PlainText)
      // Two plain refinements rather than one superRefine: the problem reads "unknown
      // language" (not "unknown field", which elsewhere is only a warning), and plain
      // predicates run without zod's issue machinery in the compiled fast check.
      .refine(hasOnlyContentLanguages, code('text.unknownLanguage'))
      .refine(hasNonEmptyText, code('text.empty'))
      .meta({ propertyNames: { enum: [...CONTENT_LANGUAGES] }, minProperties: 1 }),
  ])
  .meta({
    description:
      'Plain text in the dataset’s default language, or an object of texts by language (fi, sv, en, se, smn, sms) with at least one non-empty value. Never HTML.',
  })

const Period = z.string().refine(isPeriod, code('field.invalidPeriod')).meta({
  description: '"YYYY", "YYYY-Qn" (n = 1..4) or "YYYY-MM".',
  pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$',
})
const IsoDate = z.string().refine(isIsoDate, code('field.invalidDate')).meta({
  description: 'A calendar date, "YYYY-MM-DD".',
  format: 'date',
})
const DateTime = z.string().refine(isIsoDateTimeWithZone, code('field.invalidDateTime')).meta({
  description: 'ISO 8601 date and time with a time zone.',
  format: 'date-time',
})
const PeriodOrDate = z
  .string()
  .refine((s) => isPeriod(s) || isIsoDate(s), code('field.invalidPeriodOrDate'))
  .meta({ description: 'A period ("YYYY", "YYYY-Qn", "YYYY-MM") or a date ("YYYY-MM-DD").' })
const Amount = z.number().min(0)
const Year = z.int()

const Url = z.string().refine(isSafeLinkUrl, code('link.unsafe')).meta({
  description: 'An https:, http: or mailto: URL.',
  pattern: '^(https?|mailto):',
})

type ObjectFactory = typeof z.object

function buildSchemas(object: ObjectFactory) {
  const Dataset = object({
    id: Id,
    title: LocalizedText,
    defaultLanguage: z.enum(CONTENT_LANGUAGES),
    region: object({ name: LocalizedText, nutsCode: z.string().optional() }).optional(),
    strategyPeriod: object({ start: Year, end: Year }),
  })

  const Theme = object({
    id: Id,
    name: LocalizedText,
    description: LocalizedText.optional(),
    color: z.string().regex(THEME_COLOR_PATTERN, code('field.invalidColor')).optional(),
  })

  const Cluster = object({ id: Id, name: LocalizedText, description: LocalizedText.optional() })

  const Source = object({
    id: Id,
    kind: z.enum(SOURCE_KINDS),
    name: LocalizedText,
    date: IsoDate,
    endDate: IsoDate.optional(),
    location: PlainText.optional(),
    remote: z.boolean().optional(),
    participants: z.int().min(0).optional(),
  })

  const Actor = object({ id: Id, name: LocalizedText, type: z.enum(ACTOR_TYPES).optional() })

  const Criterion = object({
    id: Id,
    axis: z.enum(AXES),
    name: LocalizedText,
    description: LocalizedText.optional(),
    weight: z.number().min(0).default(1),
    min: z.number().default(1),
    max: z.number().default(5),
  })

  const Phase = object({ name: LocalizedText, start: Period, end: Period })
  const Milestone = object({
    date: PeriodOrDate,
    name: LocalizedText,
    done: z.boolean().optional(),
  })
  const ActorRoleRef = object({ actor: Id, role: z.enum(ACTOR_ROLES) })
  const Funding = object({
    instrument: z.enum(FUNDING_INSTRUMENTS),
    amountEur: Amount.optional(),
    status: z.enum(FUNDING_STATUSES).optional(),
  })
  const Indicator = object({
    code: z.string().optional(),
    name: LocalizedText,
    unit: z.string().optional(),
    baseline: z.number().optional(),
    target: z.number().optional(),
    targetYear: Year.optional(),
    actual: z.number().optional(),
  })
  const Link = object({ label: LocalizedText, url: Url })

  const Opportunity = object({
    id: Id,
    title: LocalizedText,
    summary: LocalizedText.optional(),
    description: LocalizedText.optional(),
    theme: Id,
    clusters: z.array(Id).optional(),
    growthGoals: z.array(z.enum(GROWTH_GOALS)).min(1),
    innovationTypes: z.array(z.enum(INNOVATION_TYPES)).optional(),
    status: z.enum(STATUSES),
    scores: z.record(z.string(), z.number().nullable()).optional(),
    budgetEur: Amount.optional(),
    horizon: object({ start: Period, end: Period }).optional(),
    phases: z.array(Phase).optional(),
    milestones: z.array(Milestone).optional(),
    sources: z.array(Id).optional(),
    actors: z.array(ActorRoleRef).optional(),
    funding: z.array(Funding).optional(),
    indicators: z.array(Indicator).optional(),
    dependsOn: z.array(Id).optional(),
    tags: z.array(PlainText).optional(),
    links: z.array(Link).optional(),
    updatedAt: IsoDate.optional(),
  })

  /** The export without its opportunities, which are validated one by one. */
  const Frame = object({
    schemaVersion: z.string().regex(/^1\.\d+$/, code('unreadable.badVersion')),
    exportedAt: DateTime,
    dataset: Dataset,
    themes: z.array(Theme).min(1),
    clusters: z.array(Cluster).optional(),
    sources: z.array(Source).optional(),
    actors: z.array(Actor).optional(),
    criteria: z.array(Criterion).min(1),
    opportunities: z.array(z.unknown()),
  })

  const Export = Frame.extend({ opportunities: z.array(Opportunity) })

  return { Dataset, Theme, Cluster, Source, Actor, Criterion, Opportunity, Frame, Export }
}

export const strictSchemas = buildSchemas(z.strictObject as ObjectFactory)
export const looseSchemas = buildSchemas(z.looseObject as ObjectFactory)

/** The whole export, as published in public/schema/growth-opportunities-v1.schema.json. */
export const ExportSchema = looseSchemas.Export

export type Export = z.output<typeof looseSchemas.Export>
export type ExportInput = z.input<typeof looseSchemas.Export>
export type Frame = z.output<typeof looseSchemas.Frame>
export type Dataset = z.output<typeof looseSchemas.Dataset>
export type Theme = z.output<typeof looseSchemas.Theme>
export type Cluster = z.output<typeof looseSchemas.Cluster>
export type Source = z.output<typeof looseSchemas.Source>
export type Actor = z.output<typeof looseSchemas.Actor>
export type Criterion = z.output<typeof looseSchemas.Criterion>
export type Opportunity = z.output<typeof looseSchemas.Opportunity>
export type OpportunityInput = z.input<typeof looseSchemas.Opportunity>

// Transitional: code written before the vocabulary moved still imports it from here.
export {
  ACTOR_ROLES,
  ACTOR_TYPES,
  AXES,
  FUNDING_INSTRUMENTS,
  FUNDING_STATUSES,
  GROWTH_GOALS,
  ID_PATTERN,
  INNOVATION_TYPES,
  SOURCE_KINDS,
  STATUSES,
  THEME_COLOR_PATTERN,
} from './export-vocabulary.ts'
export type {
  ActorRole,
  ActorType,
  Axis,
  FundingInstrument,
  GrowthGoal,
  InnovationType,
  SourceKind,
  Status,
} from './export-vocabulary.ts'

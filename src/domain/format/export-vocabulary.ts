/**
 * The fixed vocabulary of export format v1 (shared/spec/export-format-v1.md): id and version
 * patterns and the enumerations. Kept apart from the zod schemas (export-schema.ts) so that
 * code that only needs the words (the URL state, the filters, the first page) does not load
 * zod's schema builder.
 */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
// No leading zero on the major: "01.0" is not of the form "1.x", and reading it as major 1 let
// it past the version check only for the frame schema to refuse it as a broken frame.
export const SCHEMA_VERSION_PATTERN = /^(0|[1-9]\d*)\.(\d+)$/
/** The newest 1.x minor version whose fields this reader knows. */
export const SUPPORTED_MINOR = 0

export const THEME_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/

export const STATUSES = [
  'identified',
  'prioritised',
  'planned',
  'inProgress',
  'completed',
  'onHold',
  'discarded',
] as const
export const GROWTH_GOALS = ['business', 'rdi', 'wellbeing'] as const
export const INNOVATION_TYPES = ['product', 'service', 'process', 'operatingModel'] as const
export const SOURCE_KINDS = [
  'interview',
  'workshop',
  'survey',
  'steeringGroup',
  'forum',
  'document',
] as const
export const ACTOR_TYPES = [
  'region',
  'municipality',
  'university',
  'uas',
  'research',
  'company',
  'cluster',
  'association',
  'public',
  'other',
] as const
export const AXES = ['impact', 'feasibility'] as const
export const ACTOR_ROLES = ['lead', 'partner', 'funder', 'beneficiary'] as const
export const FUNDING_INSTRUMENTS = [
  'ERDF',
  'ESF+',
  'JTF',
  'Interreg',
  'HorizonEurope',
  'BusinessFinland',
  'national',
  'municipal',
  'private',
  'other',
] as const
export const FUNDING_STATUSES = ['identified', 'applied', 'granted'] as const

export type Status = (typeof STATUSES)[number]
export type GrowthGoal = (typeof GROWTH_GOALS)[number]
export type InnovationType = (typeof INNOVATION_TYPES)[number]
export type SourceKind = (typeof SOURCE_KINDS)[number]
export type ActorType = (typeof ACTOR_TYPES)[number]
export type Axis = (typeof AXES)[number]
export type ActorRole = (typeof ACTOR_ROLES)[number]
export type FundingInstrument = (typeof FUNDING_INSTRUMENTS)[number]

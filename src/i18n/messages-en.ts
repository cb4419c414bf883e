import type { ProblemCode } from '../domain/format/problems.ts'

/**
 * English UI catalog: the source catalog. Its keys type the others (messages-fi.ts,
 * messages-sv.ts), so a key missing from a translation is a type error.
 *
 * Placeholders: {name} inserts a parameter; {count, plural, one {…} other {…}} picks by
 * Intl.PluralRules, with # standing for the number.
 */
const problems = {
  'unreadable.empty': 'The file is empty.',
  'unreadable.tooLarge': 'The file is {sizeMb} MB; exports of at most {limitMb} MB can be read.',
  'unreadable.notUtf8': 'The file is not UTF-8 text. Save it as UTF-8 and try again.',
  'unreadable.notJson': 'The file is not valid JSON: the error is at line {line}, column {column}.',
  'unreadable.notObject': 'The file holds {found}, not an export object.',
  'unreadable.noVersion':
    'The file has no schemaVersion field, so it is not a growth-opportunity export of format version 1.',
  'unreadable.badVersion': 'The schemaVersion {version} is not of the form "1.x".',
  'unreadable.wrongMajor':
    'The file is in format version {version}; this version of Kasvukartta reads version 1.x.',
  'unreadable.tooDeep':
    'The file nests values more than {limit} levels deep; an export needs a few. Nothing beyond that level was read.',
  'field.required': 'The required field {field} is missing.',
  'field.wrongType': 'The field {field} should be {expected}, but it is {found}.',
  'field.notAllowed': 'The value {value} is not allowed in {field}; allowed: {allowed}.',
  'field.tooSmall': 'The value {value} in {field} is below the minimum {min}.',
  'field.tooBig': 'The value {value} in {field} is above the maximum {max}.',
  'field.tooFewItems':
    'The list {field} needs at least {min, plural, one {# item} other {# items}}.',
  'field.notInteger': 'The value {value} in {field} should be a whole number.',
  'field.invalidId':
    'The id {value} is not valid: use letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters.',
  'field.invalidPeriod': 'The period {value} is not valid: use "2025", "2025-Q2" or "2025-06".',
  'field.invalidDate': 'The date {value} is not valid: use "YYYY-MM-DD".',
  'field.invalidDateTime':
    'The time {value} is not valid: use an ISO 8601 date and time with a time zone, such as "2026-11-20T09:30:00+02:00".',
  'field.invalidPeriodOrDate':
    'The date {value} is not valid: use a period ("2025", "2025-Q2", "2025-06") or a date ("2025-06-15").',
  'field.invalidColor': 'The colour {value} is not valid: use "#rrggbb".',
  'field.invalid': 'The value {value} in {field} is not valid.',
  'field.forbiddenKey': 'The key "__proto__" is not allowed in an export.',
  'field.duplicateKey':
    'The key {field} appears twice in the same object; it must appear once, so that nothing is lost silently.',
  'field.tooManyEntries':
    'The value {field} holds {count} entries; at most {max} are read in one list or object.',
  'text.empty': 'The text {field} is empty in every language.',
  'text.unknownLanguage':
    'The text {field} has an unknown language code ({languages}); use fi, sv, en, se, smn or sms.',
  'link.unsafe': 'The link {value} is not allowed: only https:, http: and mailto: links are.',
  'frame.duplicateId': 'The id {id} appears more than once in {list}.',
  'frame.missingAxis': 'There is no criterion on the {axis} axis; each axis needs at least one.',
  'frame.minNotBelowMax': 'The criterion {id} has min {min} and max {max}; min must be below max.',
  'frame.periodReversed': 'The strategy period ends ({end}) before it starts ({start}).',
  'frame.endDateBeforeDate': 'The source ends ({endDate}) before it begins ({date}).',
  'opportunity.notObject': 'The entry is {found}, not an opportunity object.',
  'opportunity.duplicateId':
    'The id {id} is used by {count} opportunities; ids must be unique, so all of them were set aside.',
  'ref.unknownTheme': 'The theme {id} does not exist in the export.',
  'ref.unknownCluster': 'The cluster {id} does not exist in the export.',
  'ref.unknownSource': 'The source {id} does not exist in the export.',
  'ref.unknownActor': 'The actor {id} does not exist in the export.',
  'ref.unknownCriterion': 'The criterion {id} does not exist in the export.',
  'ref.unknownOpportunity': 'It depends on {id}, which does not exist in the export.',
  'score.outOfRange': 'The score {value} for {criterion} is outside its range {min}–{max}.',
  'period.endBeforeStart': 'It ends ({end}) before it starts ({start}).',
  'dependsOn.self': 'It depends on itself.',
  'dependsOn.cycle': 'It is part of a dependency cycle: {cycle}.',
  'warning.newerMinor':
    'The export is in format version {version}; this reader knows {supported}. Fields it does not know are kept but not shown.',
  'warning.unknownField': 'Unknown field {field}: kept, but not shown.',
  'warning.missingTranslation': 'Not translated into {language}: {fields}.',
  'warning.unscored':
    'Not scored on {count, plural, one {# criterion} other {# criteria}}: {criteria}.',
  'warning.noScores':
    'No criterion is scored: it has no priority score and is not placed on the matrix.',
  'warning.milestoneOutsideHorizon': 'A milestone ({date}) lies outside the horizon {start}–{end}.',
  'warning.dependencySetAside': 'It depends on {id}, which was set aside.',
  'warning.zeroWeights':
    'Every criterion weight on the {axis} axis is zero; equal weights are used instead.',
  'warning.htmlText':
    'The text {field} looks like HTML ({tag}). It is shown exactly as written, as characters; if it was copied from a web page, remove the markup.',
  'decisions.notRecord':
    'The file is not a Kasvukartta decision record: its format is {found}, not "kasvukartta-decisions".',
  'decisions.wrongVersion':
    'The decision record is in version {version}; this version of Kasvukartta reads version 1.',
  'decisions.duplicateOpportunity':
    'The opportunity {id} has a decision earlier in the record; a session holds one decision per opportunity, so this one was set aside.',
} satisfies Record<ProblemCode, string>

/** Words that fill parameters of problem messages (kinds of value, axes, languages, lists). */
const words = {
  'kind.text': 'text',
  'kind.number': 'a number',
  'kind.integer': 'a whole number',
  'kind.true/false': 'true or false',
  'kind.object': 'an object',
  'kind.list': 'a list',
  'kind.array': 'a list',
  'kind.string': 'text',
  'kind.boolean': 'true or false',
  'kind.null': 'null',
  'kind.undefined': 'missing',
  'axis.impact': 'impact',
  'axis.feasibility': 'feasibility',
  'language.fi': 'Finnish',
  'language.sv': 'Swedish',
  'language.en': 'English',
  'language.se': 'Northern Sámi',
  'language.smn': 'Inari Sámi',
  'language.sms': 'Skolt Sámi',
  'list.themes': 'themes',
  'list.clusters': 'clusters',
  'list.sources': 'sources',
  'list.actors': 'actors',
  'list.criteria': 'criteria',
}

const report = {
  'report.outcome.unreadable': 'The export could not be read. Nothing was loaded.',
  'report.outcome.brokenFrame':
    'The export’s shared lists are broken, so nothing was loaded. Fix the problems below and load it again.',
  'report.outcome.partial':
    '{setAside, plural, one {# opportunity was} other {# opportunities were}} set aside; {loaded, plural, one {# was} other {# were}} loaded.',
  'report.outcome.loaded':
    'All {loaded, plural, one {# opportunity was} other {# opportunities were}} loaded.',
  'report.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'report.errors': '{count, plural, one {# error} other {# errors}}',
  'report.where': 'at {path}',
  'report.opportunity': 'opportunity {id} “{title}”',
  'report.opportunityNoId': 'opportunity no. {number}',
  'report.setAsideHeading': 'Set aside',
  'report.warningsHeading': 'Warnings',
  'report.errorsHeading': 'Errors',
  'report.moreWarnings': '… and {count} more warnings.',
}

/** The app's own words: shell, loading states, the developer panel. */
const ui = {
  'app.name': 'Kasvukartta',
  'app.skipToContent': 'Skip to content',
  'app.publisher': 'Regional Council of Lapland',
  'load.loading': 'Loading the growth opportunities…',
  'load.phase.reading': 'Downloading the export…',
  'load.phase.parsing': 'Reading the export…',
  'load.phase.validating': 'Checking the growth opportunities…',
  'load.phase.normalising': 'Preparing the views…',
  'load.progress': 'Progress of loading',
  'load.megabytes': '{loaded} of {total} MB',
  'load.megabytesNoTotal': '{loaded} MB',
  'load.retrying': 'Loading failed; trying again (attempt {attempt} of {total})…',
  'load.heading.loading': 'Loading data',
  'load.heading.failed': 'The data could not be loaded',
  'load.error.http': 'Fetching the data failed: the server answered with status {status}.',
  'load.error.notFound':
    'Fetching the data failed: there is no file at this address (status {status}). Check the data address in config.json.',
  'load.error.network':
    'Fetching the data failed: the server could not be reached. Check your network connection and try again.',
  'load.error.redirected':
    'The data address sent the request on to {origin}, where data may not come from, so nothing was read.',
  'load.error.configInvalid':
    'The settings file config.json is not valid, so the app does not know where to find the data.',
  'load.error.originNotAllowed':
    'The data address {url} is on a server that config.json does not allow (allowedDataOrigins).',
  'load.error.wrongContentType':
    'The server did not send a JSON file but {contentType}. The data file is probably missing from the server.',
  'load.error.address': 'Address: {url}',
  'load.error.notInHistory':
    'This browser has not loaded that export: a link to an export in the history works only in a browser that has loaded it.',
  'load.error.unexpected': 'Loading the data failed because of an unexpected error.',
  'load.retry': 'Try again',
  'load.exportedAt': 'Exported {date}.',
  'load.source': 'Source: {url}, fetched {time}.',
  'load.loadedCount':
    '{count, plural, one {# growth opportunity loaded.} other {# growth opportunities loaded.}}',
  'load.warningCount':
    'The export has {count, plural, one {# warning} other {# warnings}}, such as missing translations or unscored criteria; the data is shown all the same.',
  'load.problemsHeading': 'Problems found',
  'load.moreProblems': '… and {count} more problems.',
  'load.setAsideIntro': 'These opportunities are not shown, because of the problems above:',
  'load.titlesHeading': 'Growth opportunities',
  'load.moreTitles': '… and {count} more.',
  'load.noOpportunities': 'The export contains no growth opportunities.',
  'load.untitled': '(no title)',
  'nav.label': 'Main',
  'nav.menu': 'Menu',
  'nav.overview': 'Overview',
  'nav.matrix': 'Matrix',
  'nav.roadmap': 'Roadmap',
  'nav.opportunities': 'Opportunities',
  'nav.sessions': 'Sessions',
  'nav.present': 'Present',
  'nav.minutes': 'Minutes',
  'nav.changes': 'Changes',
  'nav.data': 'Data',
  'nav.accessibility': 'Accessibility',
  'lang.label': 'Language',
  'lang.fi': 'Suomi',
  'lang.sv': 'Svenska',
  'lang.en': 'English',
  'content.notTranslated': 'not translated',
  'filters.label': 'Filters',
  'filters.search': 'Search opportunities',
  'filters.searchHint': 'Words in the title, summary, id or tags, in any language',
  'filters.choose':
    '{count, plural, =0 {Filter by theme, status and more} one {Filters (# chosen)} other {Filters (# chosen)}}',
  'filters.clear': 'Clear filters',
  'filters.facet.theme': 'Theme',
  'filters.facet.cluster': 'Cluster',
  'filters.facet.goal': 'Growth goal',
  'filters.facet.type': 'Innovation type',
  'filters.facet.status': 'Status',
  'filters.facet.source': 'Raised in',
  'filters.optionCount': '{count, plural, one {# opportunity} other {# opportunities}}',
  'filters.staleDropped':
    'The link named {count, plural, one {# theme, cluster, source or criterion} other {# themes, clusters, sources or criteria}} that this data does not have; left out.',
  'count.shownOfTotal': '{shown} of {total} opportunities',
  'overview.region': 'Region: {region}',
  'overview.period': 'Strategy period {start}–{end}',
  'overview.byTheme': 'By theme',
  'overview.byStatus': 'By status',
  'overview.byGoal': 'By growth goal',
  'overview.column.count': 'Opportunities',
  'overview.topTen': 'Top ten by priority score',
  'overview.topTenIntro':
    'Ranked by the priority score: the weighted mean of all criteria, with the export’s weights.',
  'overview.priorityScore': 'priority score {score}',
  'overview.noneRanked': 'No opportunity has a priority score yet.',
  'overview.unscored':
    '{count, plural, one {# opportunity has} other {# opportunities have}} no scores and no rank.',
  'overview.warnings': 'The export has {count, plural, one {# warning} other {# warnings}}.',
  'overview.warningsLink': 'See the data report',
  'overview.views': 'Views',
  'overview.viewMatrix': 'Prioritisation matrix: impact against feasibility',
  'overview.viewRoadmap': 'Roadmap: when each opportunity happens',
  'overview.viewTable': 'Opportunities as a table',
  'list.heading.opportunities': 'Growth opportunities',
  'status.identified': 'Identified',
  'status.prioritised': 'Prioritised',
  'status.planned': 'Planned',
  'status.inProgress': 'In progress',
  'status.completed': 'Completed',
  'status.onHold': 'On hold',
  'status.discarded': 'Discarded',
  'goal.business': 'Growth of companies',
  'goal.rdi': 'Growth of RDI competence',
  'goal.wellbeing': 'Growth of Laplanders’ wellbeing',
  'innovation.product': 'Product',
  'innovation.service': 'Service',
  'innovation.process': 'Process',
  'innovation.operatingModel': 'Operating model',
  'sourceKind.interview': 'Interview',
  'sourceKind.workshop': 'Workshop',
  'sourceKind.survey': 'Survey',
  'sourceKind.steeringGroup': 'Steering group',
  'sourceKind.forum': 'Forum',
  'sourceKind.document': 'Document',
  'page.notFound.heading': 'Page not found',
  'page.notFound.text': 'There is no page at this address.',
  'load.refused.origin':
    'The data at {url} was not loaded: only this site’s own address and the addresses allowed in its settings may be used.',
  'load.refused.scheme':
    'The data at {url} was not loaded: only http and https addresses are allowed.',
  'load.refused.malformed': 'The data at {url} was not loaded: the address is not valid.',
  'load.cachedCopy': 'The data source did not answer. Showing the cached copy from {time}.',
  'file.heading': 'Load a local file',
  'file.choose': 'Choose an export file (JSON)',
  'file.drop': 'You can also drop a JSON file on this area.',
  'file.private': 'The file stays on your computer; nothing is uploaded.',
  'file.loading': 'Reading the file {name}…',
  'file.loaded': 'The file {name} was loaded.',
  'file.notLoaded': 'The file {name} was not loaded; the data shown before is still shown.',
  'file.current': 'Showing the local file {name}, read {time}.',
  'file.useDefault': 'Return to the default data',
  'file.schemaDownload': 'Download the JSON Schema of the format',
}

export const en = { ...problems, ...words, ...report, ...ui }

export type MessageKey = keyof typeof en
export type Catalog = Record<MessageKey, string>

import type { ExportInput, OpportunityInput } from './export-schema.ts'

/**
 * Valid opportunities that between them use every field of the format in its different
 * shapes (plain and per-language texts, partial scores, periods of each kind), for tests that
 * compare fast paths with the schema. Deterministic: record i depends only on i.
 */
export function variedOpportunities(count: number): OpportunityInput[] {
  const out: OpportunityInput[] = []
  for (let i = 0; i < count; i++) {
    const id = `rec-${i}`
    const o: OpportunityInput = {
      id,
      title:
        i % 3 === 0
          ? `Otsikko ${i}`
          : { fi: `Otsikko ${i}`, ...(i % 2 === 0 && { en: `Title ${i}` }) },
      theme: i % 2 === 0 ? 'th-a' : 'th-b',
      growthGoals: i % 4 === 0 ? ['rdi', 'business'] : ['wellbeing'],
      status: (['identified', 'planned', 'inProgress', 'completed'] as const)[i % 4] ?? 'planned',
    }
    if (i % 2 === 1)
      o.summary = i % 5 === 0 ? { fi: 'Tiivistelmä', sv: 'Sammanfattning' } : 'Tiivistelmä'
    if (i % 7 === 0) o.description = { fi: 'Kuvaus < 5 MW', se: 'Govvádus' }
    if (i % 5 === 1) o.clusters = ['cl-a']
    if (i % 6 === 2) o.innovationTypes = ['service', 'process']
    if (i % 10 !== 9)
      o.scores = i % 4 === 3 ? { 'imp-a': null, 'fea-a': 2.5 } : { 'imp-a': 3, 'fea-a': 7 }
    if (i % 3 !== 2) o.budgetEur = 1000 * i
    if (i % 4 !== 3) {
      o.horizon = { start: `${2024 + (i % 3)}`, end: i % 2 === 0 ? '2027-Q2' : '2027-11' }
      if (i % 8 === 0) o.phases = [{ name: 'Pilotti', start: `${2024 + (i % 3)}`, end: '2027' }]
      if (i % 9 === 0)
        o.milestones = [{ date: '2026-03-15', name: 'Välitavoite', done: i % 2 === 0 }]
    }
    if (i % 3 === 0) o.sources = ['src-a']
    if (i % 4 === 1) o.actors = [{ actor: 'act-a', role: 'lead' }]
    if (i % 5 === 2)
      o.funding = [
        { instrument: 'ERDF', amountEur: 50_000, status: 'applied' },
        { instrument: 'private' },
      ]
    if (i % 11 === 0)
      o.indicators = [
        {
          code: 'RCO01',
          name: { fi: 'Yritykset' },
          unit: 'kpl',
          baseline: 0,
          target: 5,
          targetYear: 2027,
          actual: 1,
        },
      ]
    if (i > 0 && i % 6 === 0) o.dependsOn = [`rec-${i - 1}`]
    if (i % 4 === 2) o.tags = ['matkailu', 'Ruŧŧa']
    if (i % 12 === 5) o.links = [{ label: 'Lisätietoa', url: 'https://example.org/x' }]
    if (i % 13 === 0) o.updatedAt = '2026-02-28'
    out.push(o)
  }
  return out
}

/** An export whose frame every record of variedOpportunities refers to correctly. */
export function variedExport(count: number): ExportInput {
  return {
    schemaVersion: '1.0',
    exportedAt: '2026-11-20T09:30:00Z',
    dataset: {
      id: 'varied',
      title: { fi: 'Vaihteleva', en: 'Varied' },
      defaultLanguage: 'fi',
      strategyPeriod: { start: 2023, end: 2027 },
    },
    themes: [
      { id: 'th-a', name: 'Teema A' },
      { id: 'th-b', name: { fi: 'Teema B', sv: 'Tema B' } },
    ],
    clusters: [{ id: 'cl-a', name: 'Klusteri' }],
    sources: [{ id: 'src-a', kind: 'forum', name: 'Foorumi', date: '2022-12-02' }],
    actors: [{ id: 'act-a', name: 'Lapin liitto' }],
    criteria: [
      { id: 'imp-a', axis: 'impact', name: 'Vaikutus' },
      { id: 'fea-a', axis: 'feasibility', name: 'Toteutettavuus', min: 0, max: 10 },
    ],
    opportunities: variedOpportunities(count),
  }
}

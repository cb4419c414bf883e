import { generateExport } from '../mocks/generate-export.ts'
import { strictSchemas } from '../src/domain/export-schema.ts'
import { compileValidator } from '../src/domain/compiled-validator.ts'
export function main() {
  const text = JSON.stringify(generateExport({ count: 10000, seed: 2022 }))
  const fast = compileValidator(strictSchemas.Opportunity)
  for (let i = 0; i < 5; i++) {
    let t = performance.now()
    const v = JSON.parse(text) as { opportunities: unknown[] }
    const p = performance.now() - t
    t = performance.now()
    let ok = 0
    for (const o of v.opportunities) if (fast(o)) ok++
    const f = performance.now() - t
    t = performance.now()
    for (const o of v.opportunities) strictSchemas.Opportunity.safeParse(o)
    const zt = performance.now() - t
    console.log('parse', p.toFixed(0), 'fast', f.toFixed(0), ok, 'zod', zt.toFixed(0))
  }
  const bad = [
    {},
    { id: 'x' },
    { ...JSON.parse(text).opportunities[0], links: [{ label: 'a', url: 'javascript:1' }] },
    { ...JSON.parse(text).opportunities[0], title: { de: 'x' } },
    { ...JSON.parse(text).opportunities[0], title: '<b>x</b>' },
  ]
  console.log(bad.map((b) => fast(b)))
  return 0
}

import { z } from 'zod'
import { generateExport } from '../mocks/generate-export.ts'
import { strictSchemas } from '../src/domain/export-schema.ts'
import { validateExportValue } from '../src/domain/validate-export.ts'
export function main() {
  const text = JSON.stringify(generateExport({ count: 10000, seed: 2022 }))
  const LT2 = z.union([z.record(z.string(), z.string()), z.string()])
  const LT1 = z.union([z.string(), z.record(z.string(), z.string())])
  for (let i = 0; i < 5; i++) {
    let t = performance.now()
    const v = JSON.parse(text) as { opportunities: { title: unknown }[] }
    const p = performance.now() - t
    t = performance.now()
    for (const o of v.opportunities) strictSchemas.Opportunity.safeParse(o)
    const zt = performance.now() - t
    t = performance.now()
    for (const o of v.opportunities) LT1.safeParse(o.title)
    const l1 = performance.now() - t
    t = performance.now()
    for (const o of v.opportunities) LT2.safeParse(o.title)
    const l2 = performance.now() - t
    t = performance.now()
    validateExportValue(v)
    const all = performance.now() - t
    console.log(
      'parse',
      p.toFixed(0),
      'zod',
      zt.toFixed(0),
      'lt str-first',
      l1.toFixed(1),
      'lt obj-first',
      l2.toFixed(1),
      'validateValue',
      all.toFixed(0),
    )
  }
  console.log(JSON.stringify(JSON.parse(text).opportunities[5]))
  return 0
}

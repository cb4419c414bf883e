import { generateExport } from '../mocks/generate-export.ts'
import { validateExportText } from '../src/domain/validate-export.ts'
export function main() {
  const text = JSON.stringify(generateExport({ count: 10000, seed: 2022 }))
  let t = 0
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    validateExportText(text)
    t += performance.now() - t0
  }
  let p = 0
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    JSON.parse(text)
    p += performance.now() - t0
  }
  console.log('load', (t / 20).toFixed(0), 'parse', (p / 20).toFixed(0))
  return 0
}

// Node 20 cannot run TypeScript itself; Vite's module runner transforms the script and the
// src/ modules it imports, so the CLI and the benchmark use exactly the app's code.
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

// A reader that stops early (`npm run validate -- x.json | head`) closes the pipe: the tool
// then ends quietly, as command-line tools do, instead of with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]')
  process.exit(2)
}
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' })
const code = await module.main(args)
process.exitCode = typeof code === 'number' ? code : 0

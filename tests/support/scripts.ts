/**
 * The project's command-line scripts run as an operator runs them, beside a test server: the backup
 * and restore commands, the document import.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeDemoPdf } from '@/documents/pdf/write'
import { ROOT } from './server'

export interface CommandResult {
  code: number | null
  /** Standard output and error, interleaved. */
  output: string
}

/**
 * `scripts/<script>.ts` with `args`, in this process's environment plus `env` (no DATABASE_URL unless
 * `env` gives one; a variable set to '' or undefined is left out), its output kept.
 */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<CommandResult> {
  return new Promise((resolve) => {
    const childEnv: Record<string, string | undefined> = { ...process.env, NODE_TEST_CONTEXT: undefined, DATABASE_URL: undefined, ...env }
    for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined || childEnv[key] === '') delete childEnv[key]
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      cwd: ROOT,
      env: childEnv as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('close', (code) => resolve({ code, output }))
  })
}

/** The import folders this process made: gone when it exits, whatever the tests did with them. */
const importFolders = new Set<string>()
process.once('exit', () => {
  for (const folder of importFolders) rmSync(folder, { recursive: true, force: true })
})

/** A folder `npm run documents:import` reads: one Dutch report of 30 November 2026, with its PDF. */
export async function documentImportFolder({ title, slug }: { title: string; slug: string }): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'belfort-import-'))
  importFolders.add(folder)
  writeFileSync(
    path.join(folder, 'verslag.pdf'),
    await writeDemoPdf({ title, language: 'nl-BE', notice: 'Test', paragraphs: ['Een alinea.'] }),
  )
  writeFileSync(
    path.join(folder, 'documents.json'),
    JSON.stringify([
      { slug: { nl: slug }, title: { nl: title }, kind: 'report', date: '2026-11-30', files: [{ file: 'verslag.pdf', language: 'nl' }] },
    ]),
  )
  return folder
}

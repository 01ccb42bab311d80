/**
 * `pnpm translations:export [--as <email>] --lang vi [--missing|--outdated|--all] [--ids articles:1,…] [--out <dir>]`
 * `pnpm translations:import [--as <email>] [--ready] <file.xlf>…` (--ready: the imported languages go to
 * readers at once; without it they wait for their ready tick, as a save in the admin does)
 *
 * XLIFF 2.1 files for CAT tools, made and read by the CMS's exchange (cms/src/translation/xliff).
 * With --as, acting as that account with its rights (a translator: their languages and
 * documents), as the admin's download and upload do; without, with the secretariat's rights of
 * whoever runs commands on the server (OPERATOR), in every language. The export writes one file per batch
 * and source language (an XLIFF file has one source language; organisation pages are written in
 * English), holding one <file> per document. Each import file is checked whole before anything of
 * it is written. Exits non-zero with a one-line reason on bad input, and when any file or unit
 * was refused.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

const EXPORT_USAGE =
  'usage: pnpm translations:export [--as <email>] --lang <code> [--missing|--outdated|--all] [--ids collection:id,…] [--out <dir>]'
const IMPORT_USAGE = 'usage: pnpm translations:import [--as <email>] [--ready] <file.xlf>…'

export class UsageError extends Error {}

/**
 * Whoever runs commands on the server may do anything the CMS can; without --as they act as the
 * secretariat (an admin with no account: translation records say `by: "command line"`).
 */
export const OPERATOR = {
  id: 'command line',
  collection: 'users' as const,
  role: 'admin' as const,
  email: '',
  createdAt: '',
  updatedAt: '',
}

async function userByEmail(payload: Payload, email: string | undefined, usage: string) {
  if (email === undefined) return OPERATOR
  if (!email) throw new UsageError(`--as needs an email\n${usage}`)
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new UsageError(`no account with the email ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

/** Runs one command; returns the exit code. `cwd` resolves relative paths (where the command was typed). */
export async function xliffCli(
  payload: Payload,
  command: 'export' | 'import',
  args: string[],
  {
    cwd = process.cwd(),
    log = console.log,
    error: warn = console.error,
  }: { cwd?: string; log?: (line: string) => void; error?: (line: string) => void } = {},
): Promise<number> {
  const { exportXliff, importXliff, ExchangeError, MAX_XLIFF_BYTES } = await import('@mirai/cms/xliff')
  try {
    if (command === 'export') {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          as: { type: 'string' },
          lang: { type: 'string' },
          missing: { type: 'boolean' },
          outdated: { type: 'boolean' },
          all: { type: 'boolean' },
          ids: { type: 'string' },
          out: { type: 'string', default: 'translations' },
        },
      })
      if (positionals.length > 0 || !values.lang) throw new UsageError(EXPORT_USAGE)
      if (values.all && (values.missing || values.outdated))
        throw new UsageError('--all already includes --missing and --outdated')
      const user = await userByEmail(payload, values.as, EXPORT_USAGE)
      const scope = values.all
        ? 'all'
        : values.missing && !values.outdated
          ? 'missing'
          : values.outdated && !values.missing
            ? 'outdated'
            : 'todo'
      const ids = values.ids
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const batches = await exportXliff(payload, user, { lang: values.lang, scope, ids })
      if (batches.length === 0) {
        log(`translations:export: nothing to translate into ${values.lang} (${scope})`)
        return 0
      }
      const dir = path.resolve(cwd, values.out!)
      await mkdir(dir, { recursive: true })
      for (const batch of batches) {
        const file = path.join(dir, `mirai-${batch.srcLang}-${batch.trgLang}-${ids ? 'selection' : scope}.xlf`)
        await writeFile(file, batch.xml)
        log(`translations:export: wrote ${file} (${batch.documents.length} document(s) from ${batch.srcLang})`)
      }
      return 0
    }

    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { as: { type: 'string' }, ready: { type: 'boolean', default: false } },
    })
    if (positionals.length === 0) throw new UsageError(IMPORT_USAGE)
    const user = await userByEmail(payload, values.as, IMPORT_USAGE)
    let failed = false
    for (const name of positionals) {
      const file = path.resolve(cwd, name)
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) throw new UsageError(`${name}: no such file`)
      if (info.size > MAX_XLIFF_BYTES)
        throw new UsageError(`${name} is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB; split the batch`)
      const report = await importXliff(payload, user, await readFile(file), { ready: values.ready })
      for (const unit of report.units)
        log(`${name}: ${unit.file} ${unit.unit}: ${unit.result}${unit.reason ? ` (${unit.reason})` : ''}`)
      const counts = ['applied', 'skipped', 'refused'].map(
        (r) => `${report.units.filter((u) => u.result === r).length} ${r}`,
      )
      if (!report.ok) {
        failed = true
        warn(`${name}: REFUSED: ${report.error}`)
      } else log(`${name}: ${counts.join(', ')}`)
      if (report.units.some((u) => u.result === 'refused')) failed = true
    }
    return failed ? 1 : 0
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ExchangeError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      warn(`translations:${command}: ${(error as Error).message}`)
      return 2
    }
    throw error
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const [command, ...args] = process.argv.slice(2)
  let payload: Payload | null = null
  let code = 2
  try {
    if (command !== 'export' && command !== 'import') throw new UsageError(`${EXPORT_USAGE}\n${IMPORT_USAGE}`)
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@mirai/cms/config')])
    payload = await getPayload({ config })
    // pnpm runs this from scripts/; relative paths are meant from where the command was typed.
    code = await xliffCli(payload, command, args, { cwd: process.env.INIT_CWD ?? process.cwd() })
  } catch (error) {
    console.error(`translations: ${error instanceof Error ? error.message : String(error)}`)
  }
  await payload?.destroy().catch(() => {})
  process.exit(code)
}

/**
 * `pnpm newsletter:export <issue> --lang <code> --format html|text|eml|all --out <dir> [--send-test a@x,b@y]`
 * <issue> is a document id, an issue number or `latest`. Writes every asked format or nothing,
 * optionally sends the issue to test addresses through the configured SMTP server, and exits
 * non-zero with a one-line reason when the issue cannot be exported as asked.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

const USAGE =
  'usage: pnpm newsletter:export <issue> [--lang ja] [--format html|text|eml|all] [--out <dir>] [--send-test a@example.org,b@example.org]'

let payload: Payload | null = null
try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'ja' },
      format: { type: 'string', default: 'all' },
      out: { type: 'string', default: 'newsletter-export' },
      'send-test': { type: 'string' },
    },
  })
  const [issue, ...extra] = positionals
  if (!issue || extra.length > 0) throw new Error(USAGE)
  const { exportIssue, newsletterSettings, parseFormats, renderIssue, sendTest, testRecipients } =
    await import('@mirai/cms/newsletter')
  const formats = parseFormats(values.format!)
  if (values['send-test'] !== undefined) testRecipients(values['send-test'])
  // pnpm runs this from scripts/; a relative --out is meant from where the command was typed.
  const outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out!)
  const { default: config } = await import('@mirai/cms/config')
  payload = await getPayload({ config })
  const written = await exportIssue(payload, { ref: issue, lang: values.lang!, formats, outDir })
  for (const file of written) console.log(`newsletter:export: wrote ${file}`)
  if (values['send-test'] !== undefined) {
    const settings = await newsletterSettings(payload)
    const sent = await sendTest(
      payload,
      await renderIssue(payload, issue, values.lang!, settings),
      values['send-test'],
      settings,
    )
    console.log(`newsletter:export: sent to ${sent.join(', ')}`)
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`newsletter:export: ${error instanceof Error ? error.message : String(error)}`)
  await payload?.destroy().catch(() => {})
  process.exit(1)
}

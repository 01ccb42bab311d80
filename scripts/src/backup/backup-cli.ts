/**
 * `pnpm backup [--out <file>]`: one archive of the embedded database (a consistent copy, taken while
 * the CMS runs) and the uploaded files, with a manifest of their checksums. On MongoDB the
 * database is backed up by mongodump or Atlas snapshots, and the archive holds the uploads; with
 * uploads in an S3 bucket, it lists the bucket's objects.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { BackupError, createBackup } from './archive'
import { dataPlace } from './place'

try {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } })
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const out = path.resolve(cwd, values.out ?? path.join('backups', `mirai-${stamp}.tar.gz`))
  mkdirSync(path.dirname(out), { recursive: true })
  const manifest = await createBackup(dataPlace(), out)
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0)
  console.log(
    `backup: ${out}\n  ${manifest.database === 'sqlite' ? 'the embedded database and ' : ''}${manifest.files.filter((f) => f.path.startsWith('uploads/')).length} uploaded file(s), ${(bytes / 1e6).toFixed(1)} MB before compression`,
  )
  if (manifest.bucket)
    console.log(
      `  Uploads are kept in the bucket ${manifest.bucket.name}: the archive lists its ${manifest.bucket.objects} object(s) (turn on the bucket's versioning to keep them).`,
    )
  if (manifest.database === 'mongodb')
    console.log(
      '  The MongoDB database itself is not in it: back it up with mongodump --uri "$DATABASE_URI" (or Atlas snapshots).',
    )
  process.exit(0)
} catch (error) {
  console.error(`backup: ${error instanceof BackupError || error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

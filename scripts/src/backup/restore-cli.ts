/**
 * `pnpm restore <archive>`: puts a backup made by `pnpm backup` into an empty data directory (the
 * one CMS_DATA_DIR / DATABASE_URI / UPLOAD_DIR name), after checking every file against the
 * archive's manifest. It refuses, changing nothing, a target that already holds data or an archive
 * that does not check out, or a MongoDB database that already holds documents. With uploads in a
 * bucket, it says which objects listed in the backup the bucket no longer has. The next start (or
 * `pnpm migrate`) brings the database to this code.
 */
import path from 'node:path'

import { BackupError, restoreBackup } from './archive'
import { dataPlace } from './place'

try {
  const [archive, ...extra] = process.argv.slice(2)
  if (!archive || extra.length > 0) throw new BackupError('usage: pnpm restore <archive.tar.gz>')
  const place = dataPlace()
  const { manifest, missingObjects } = await restoreBackup(
    path.resolve(process.env.INIT_CWD ?? process.cwd(), archive),
    place,
  )
  console.log(
    `restore: ${manifest.files.length} file(s) from the backup of ${manifest.createdAt} are in place` +
      (place.databaseFile ? ` (database ${place.databaseFile})` : '') +
      (manifest.database === 'mongodb'
        ? '; restore the MongoDB database with mongorestore into an empty database'
        : ''),
  )
  if (manifest.bucket && !place.bucket)
    console.log(
      `restore: the uploads of this backup were kept in the bucket ${manifest.bucket.name}; set S3_BUCKET (and S3_*) to use them`,
    )
  if (missingObjects?.length)
    console.log(
      `restore: warning: the bucket no longer holds ${missingObjects.length} of the ${manifest.bucket!.objects} object(s) the backup lists as they were, e.g. ${missingObjects.slice(0, 3).join(', ')}; restore them from the bucket's versions`,
    )
  else if (missingObjects)
    console.log(`restore: the bucket holds all ${manifest.bucket!.objects} object(s) the backup lists`)
  process.exit(0)
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

/** Where this CMS keeps its data, from the same environment the CMS reads (cms/src/env.ts). */
import { resolveDatabase, uploadDir } from '@mirai/cms/env'
import { bucketObjects, s3Settings } from '@mirai/cms/storage'

import type { Place } from './archive'
import { mongoCollectionsWithData } from './mongo'

export function dataPlace(): Place {
  const database = resolveDatabase()
  const s3 = s3Settings()
  return {
    databaseFile: database.kind === 'sqlite' ? database.file : null,
    mongoCollectionsWithData: database.kind === 'mongodb' ? () => mongoCollectionsWithData(database.url) : undefined,
    uploadsDir: uploadDir(''),
    bucket: s3 && { name: s3.bucket, objects: () => bucketObjects(s3) },
  }
}

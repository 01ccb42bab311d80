/** Where this CMS keeps its data, from the same environment the CMS reads (cms/src/env.ts). */
import { resolveDatabase, uploadDir } from '@mirai/cms/env'

import type { Place } from './archive'

export function dataPlace(): Place {
  const database = resolveDatabase()
  return { databaseFile: database.kind === 'sqlite' ? database.file : null, uploadsDir: uploadDir('') }
}

import { MongoClient } from 'mongodb'

/**
 * The collections of the database named by `url` that hold documents. Restoring uploads beside a
 * database that already has content would pair them with documents they do not belong to.
 */
export async function mongoCollectionsWithData(url: string): Promise<string[]> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5_000, connectTimeoutMS: 5_000 })
  try {
    await client.connect()
    const db = client.db()
    const collections = await db.listCollections({}, { nameOnly: true }).toArray()
    const full: string[] = []
    for (const { name } of collections)
      if (!name.startsWith('system.') && (await db.collection(name).countDocuments({}, { limit: 1 })) > 0)
        full.push(name)
    return full.sort()
  } finally {
    await client.close()
  }
}

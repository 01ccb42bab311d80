/**
 * On start: the interface text documents and rows the code has and the database lacks are made,
 * published and without text (the code's strings show through, ./hooks.ts). Nothing is removed:
 * a key the code dropped keeps its row, unused, so no one's text is lost. Safe to run again.
 */
import type { Payload } from 'payload'

import { KEEP_TRANSLATION_STATUS } from '../../translation/track'
import { INTERFACE_TEXT, UI_NAMESPACES } from './catalogue'
import { CODE_SYNC } from './hooks'

export async function ensureInterfaceText(payload: Payload): Promise<{ created: number; extended: number }> {
  const context = { [CODE_SYNC]: true, [KEEP_TRANSLATION_STATUS]: true }
  const { docs } = await payload.find({
    collection: INTERFACE_TEXT,
    pagination: false,
    depth: 0,
    locale: 'en',
    overrideAccess: true,
    select: { namespace: true, strings: true },
    context,
  })
  const existing = new Map(docs.map((doc) => [doc.namespace, doc]))
  let created = 0
  let extended = 0
  for (const [namespace, keys] of UI_NAMESPACES) {
    const doc = existing.get(namespace)
    if (!doc) {
      await payload.create({
        collection: INTERFACE_TEXT,
        locale: 'en',
        overrideAccess: true,
        context: { [CODE_SYNC]: true },
        data: { namespace, strings: keys.map((key) => ({ key })), _status: 'published' },
      })
      created++
      continue
    }
    const rows = doc.strings ?? []
    const have = new Set(rows.map((row) => row.key))
    if (keys.every((key) => have.has(key))) continue
    // The rows in the code's order (as every save keeps them, ./hooks.ts), a new key's text the
    // code's; rows of keys the code dropped stay at the end. This publishes the document as
    // stored: a newer draft stays in its versions, to publish again.
    const byKey = new Map(rows.map((row) => [row.key, { id: row.id, key: row.key, text: row.text }]))
    const known = new Set<string>(keys)
    await payload.update({
      collection: INTERFACE_TEXT,
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: {
        strings: [
          ...keys.map((key) => byKey.get(key) ?? { key }),
          ...[...byKey.values()].filter((row) => !row.key || !known.has(row.key)),
        ],
        _status: 'published',
      },
    })
    extended++
  }
  return { created, extended }
}

/**
 * Old addresses of the public site and where they lead now. A collection of our own rather than
 * Payload's redirects plugin: most records are the server's — written by the hooks of public
 * content when a published document's slug changes or it is deleted (record.ts), with chains
 * collapsed as pages move — and need server-owned fields and rules the plugin's free-form
 * records (with their own link field and no path checks) do not have. Editors may still add,
 * change and remove redirects of their own; every path is held to content-schemas' rule for
 * redirect paths, because the build writes them into nginx's configuration and `_redirects`.
 *
 * Redirects are the secretariat's: they name old slugs, including those of deleted documents,
 * so no one else reads them; the export publishes those that lead to a public page.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, FieldHook } from 'payload'
import { APIError } from 'payload'

import { redirectFromProblem, redirectLoop, redirectPathProblem } from '@mirai/content-schemas/redirects'

import { hiddenOutsideSecretariat } from '../../access/admin'
import { serverOwnedField } from '../../access/fields'
import { staffOnly } from '../../access/content'
import { requestRebuild } from '../../publish'
import { RECORDING_REDIRECTS, REDIRECTS_COLLECTION as REDIRECTS, type RedirectKind } from './record'

const checkPath = (label: string, problemOf: (value: unknown) => string | null) => (value: unknown) => {
  const problem = problemOf(value)
  return problem ? `${label} must be a path of this site such as /ja/articles/new-slug/ (${problem})` : true
}

/** Spaces around a pasted path are the only thing mended; anything else, a line break too, is refused by name. */
const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.replace(/^ +| +$/g, '') : value)

/** Editors' redirects: one that would lead back to where it started never reaches a page. */
const refuseLoops: CollectionConfig['hooks'] = {
  beforeChange: [
    async ({ data, originalDoc, req }) => {
      // The server's own writes come from applyMoves, which makes no loops.
      if (req.context[RECORDING_REDIRECTS]) return data
      const from = (data.from ?? originalDoc?.from) as string
      const to = (data.to ?? originalDoc?.to) as string
      if (from === to) throw new APIError(`The redirect from ${from} leads to itself.`, 400, undefined, true)
      const { docs } = await req.payload.find({
        collection: REDIRECTS,
        pagination: false,
        depth: 0,
        select: { from: true, to: true },
        req,
      })
      const loop = redirectLoop(
        docs.filter((d) => d.id !== originalDoc?.id).map((d) => ({ from: d.from, to: d.to })),
        { from, to },
      )
      if (loop)
        throw new APIError(
          `This redirect would make a loop that never reaches a page: ${loop.join(' → ')}`,
          400,
          undefined,
          true,
        )
      return data
    },
  ],
}

/**
 * An editor's own redirect reaches the site with the next build, asked for here; the server's come
 * with the change that made them.
 */
const rebuildAfter =
  (operation: 'update' | 'delete') =>
  async ({ doc, req }: Pick<Parameters<CollectionAfterDeleteHook>[0], 'doc' | 'req'>) => {
    if (!req.context[RECORDING_REDIRECTS])
      await requestRebuild(
        req.payload,
        {
          collection: REDIRECTS,
          id: String(doc.id),
          title: String(doc.from),
          operation,
          by: req.user ? String(req.user.id) : null,
        },
        req,
      )
    return doc
  }
const rebuildAfterChange: CollectionAfterChangeHook = rebuildAfter('update')
const rebuildAfterDelete: CollectionAfterDeleteHook = rebuildAfter('delete')

const KINDS: { value: RedirectKind; label: { en: string; ja: string } }[] = [
  { value: 'manual', label: { en: 'Added by an editor', ja: '編集者が追加' } },
  { value: 'renamed', label: { en: 'Slug changed', ja: 'スラッグ変更' } },
  { value: 'deleted', label: { en: 'Document deleted', ja: 'ドキュメント削除' } },
]

export const Redirects: CollectionConfig = {
  slug: REDIRECTS,
  labels: {
    singular: { en: 'Redirect', ja: 'リダイレクト' },
    plural: { en: 'Redirects', ja: 'リダイレクト' },
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'kind', 'updatedAt'],
    description:
      'Old addresses of the site and where readers are sent. Recorded automatically when a published document’s slug changes or it is deleted; you may add your own.',
    hidden: hiddenOutsideSecretariat,
  },
  defaultSort: 'from',
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeChange: refuseLoops.beforeChange,
    afterChange: [rebuildAfterChange],
    afterDelete: [rebuildAfterDelete],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [trim] },
      validate: checkPath('The old address', redirectFromProblem),
      admin: { description: 'The old address, e.g. /ja/articles/old-slug/ (one redirect per address).' },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      index: true,
      hooks: { beforeValidate: [trim] },
      validate: checkPath('The new address', redirectPathProblem),
      admin: { description: 'Where readers are sent, e.g. /ja/articles/new-slug/.' },
    },
    {
      // Written by the server only: an editor's redirect is always "manual".
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: KINDS,
      access: serverOwnedField,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  timestamps: true,
}

/**
 * "Turn into good practice": an editor ticks the box on an accepted report and saves; a draft
 * good practice is created from it — organisation, the commitments the report writes about, and
 * its text, one section per commitment — linked both ways, for the editor to finish and publish.
 */
import { CODE_OF_CONDUCT_COMMITMENTS, type CommitmentKey } from '@mirai/content-schemas/taxonomies'
import { elementNode, isRichTextEmpty, textNode } from '@mirai/content-schemas/richtext'
import { APIError, type CollectionBeforeChangeHook, type Payload, type PayloadRequest } from 'payload'

import { isStaff } from '../../../access/roles'
import type { ActivityReport, GoodPractice } from '../../../payload-types'
import { richTextDocument, type RichTextNode } from '../../../richtext/document'
import { commitmentFieldName } from '../commitments'

/** The report's sections as one Lexical document: a heading per commitment, then its text. */
export function goodPracticeBody(commitments: ActivityReport['commitments'] | undefined): {
  keys: CommitmentKey[]
  body: GoodPractice['body']
} {
  const keys: CommitmentKey[] = []
  const children: RichTextNode[] = []
  for (const c of CODE_OF_CONDUCT_COMMITMENTS) {
    const section = commitments?.[commitmentFieldName(c.value)]
    if (!section || isRichTextEmpty(section)) continue
    keys.push(c.value)
    children.push(elementNode('heading', [textNode(`${c.number}. ${c.label.ja}`)], { tag: 'h2' }))
    children.push(...(section.root?.children ?? []))
  }
  return { keys, body: richTextDocument(children) }
}

async function nextNumber(payload: Payload, req: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: 'good-practices',
    sort: '-number',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return Number(docs[0]?.number ?? 0) + 1
}

export const turnIntoGoodPractice: CollectionBeforeChangeHook<ActivityReport> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!data.makeGoodPractice) return data
  data.makeGoodPractice = false
  if (operation !== 'update' || !originalDoc || !isStaff(req.user))
    throw new APIError('Only the secretariat turns a report into a good practice', 403, undefined, true)
  const report = { ...originalDoc, ...data }
  if (report.status !== 'accepted')
    throw new APIError('Only an accepted report can become a good practice', 400, undefined, true)
  if (originalDoc?.goodPractice)
    throw new APIError(
      'This report already has a good practice; open it from the "Good practice" field',
      400,
      undefined,
      true,
    )
  const { keys, body } = goodPracticeBody(report.commitments)
  if (keys.length === 0)
    throw new APIError('The report has no text under any commitment to carry over', 400, undefined, true)
  const number = await nextNumber(req.payload, req)
  const organisation = typeof report.organisation === 'object' ? report.organisation.id : report.organisation
  const created = await req.payload.create({
    collection: 'good-practices',
    locale: 'ja',
    draft: true,
    data: {
      number,
      slug: `good-practice-${number}`,
      title: report.title,
      organisation,
      commitments: keys,
      body,
      sourceReport: originalDoc.id,
      _status: 'draft',
    },
    overrideAccess: true,
    req,
  })
  data.goodPractice = created.id
  return data
}

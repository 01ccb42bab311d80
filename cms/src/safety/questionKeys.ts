import type { Payload } from 'payload'

/** The keys of the safety check's questions, in order: what answers and figures are made of. */
export async function questionKeys(payload: Payload): Promise<string[]> {
  const check = await payload.findGlobal({ slug: 'safety-check', depth: 0, overrideAccess: true })
  return (check.sections ?? []).flatMap((section) => (section.questions ?? []).map((question) => question.key))
}

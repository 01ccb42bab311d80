import type { Field, PayloadRequest, Validate } from 'payload'
import { validations } from 'payload/shared'

/** Set by the gate on a save it holds: every localized value written is then the live one. */
export const HOLDING = 'mirai:holdingTranslation'

const holding = (req: PayloadRequest | undefined) => Boolean(req?.locale && req.context?.[HOLDING] === req.locale)

/**
 * A held save writes back the live text of its language, which may be none at all (a language the
 * document never had): Payload would refuse that as "required", so the localized fields' checks
 * stand aside for it. Nothing else is skipped — shared fields are checked as always, and every
 * other save is checked as always.
 */
export function passHeldSaves(fields: Field[], inLocalized = false): Field[] {
  return fields.map((field) => {
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    let next: Field = field
    if ('fields' in field && Array.isArray(field.fields))
      next = { ...next, fields: passHeldSaves(field.fields, localized) } as Field
    if (field.type === 'blocks')
      next = {
        ...next,
        blocks: field.blocks.map((b) =>
          typeof b === 'object' ? { ...b, fields: passHeldSaves(b.fields, localized) } : b,
        ),
      } as Field
    if (field.type === 'tabs')
      next = { ...next, tabs: field.tabs.map((t) => ({ ...t, fields: passHeldSaves(t.fields, localized) })) } as Field
    if (!localized || !('name' in field) || field.type === 'ui') return next
    const original = (('validate' in field && field.validate) ||
      (validations as unknown as Record<string, Validate | undefined>)[field.type]) as Validate | undefined
    const validate: Validate = (value, options) =>
      holding(options.req) ? true : original ? original(value, options) : true
    return { ...next, validate } as Field
  })
}

import type { Field } from 'payload'

import { serverOwnedField } from '../../access/fields'
import { isStaff, isTranslator } from '../../access/roles'

export const READY_FIELD = 'translationReady'
export const PENDING_FIELD = 'pendingTranslations'

/**
 * Per language: "this text may go to readers". A translator's save of a published document in a
 * language not marked ready keeps what readers have and holds the new text (gate.ts); the box is
 * cleared again once the text has gone live, so each later change waits for its own tick.
 */
export const readyField: Field = {
  name: READY_FIELD,
  type: 'checkbox',
  localized: true,
  defaultValue: false,
  label: 'Ready for readers (this language)',
  admin: {
    position: 'sidebar',
    description:
      'Tick and save to put your text of this language on the site. Until then readers keep the text they have; what you saved waits here for you and the editors.',
  },
}

/** The text waiting per language (pending.ts): written by the server, seen by the team only. */
export const pendingField: Field = {
  name: PENDING_FIELD,
  type: 'json',
  admin: { hidden: true },
  access: { read: ({ req }) => isStaff(req.user) || isTranslator(req.user), ...serverOwnedField },
}

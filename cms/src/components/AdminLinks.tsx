/** Links in the admin's side navigation to the pages Payload does not list itself. */
import type { ServerProps } from 'payload'
import React from 'react'

import { isStaff, isTranslator } from '../access/roles'

export function AdminLinks({ user }: ServerProps) {
  if (!isStaff(user) && !isTranslator(user)) return null
  return (
    <div style={{ padding: '0.5rem 0' }}>
      <a href="/admin/translations" className="nav__link">
        Translation status
      </a>
    </div>
  )
}

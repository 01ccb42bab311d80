/** Links in the admin's side navigation to the pages Payload does not list itself. */
import type { ServerProps } from 'payload'
import React from 'react'

import { isCompany, isStaff, isTranslator } from '../access/roles'

export function AdminLinks({ user }: ServerProps) {
  const links = [
    ...(isStaff(user) || isTranslator(user) ? [{ href: '/admin/translations', label: 'Translation status' }] : []),
    ...(isStaff(user) || isCompany(user)
      ? [{ href: '/admin/safety-feedback', label: 'Safety feedback / セーフティ・フィードバック' }]
      : []),
  ]
  if (links.length === 0) return null
  return (
    <div style={{ padding: '0.5rem 0' }}>
      {links.map((link) => (
        <a key={link.href} href={link.href} className="nav__link">
          {link.label}
        </a>
      ))}
    </div>
  )
}

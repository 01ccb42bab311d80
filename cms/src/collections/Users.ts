import { LOCALES } from '@mirai/content-schemas/locales'
import { ValidationError, validations, type CollectionConfig, type RelationshipFieldSingleValidation } from 'payload'

import { adminOnlyField } from '../access/fields'
import { hiddenOutsideSecretariat } from '../access/admin'
import { isAdmin, ROLES, type Role } from '../access/roles'
import { adminOnly, readOwnAccountOrStaff, signedIn, updateOwnAccountOrAdmin } from '../access/users'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ja: 'ユーザー' }, plural: { en: 'Users', ja: 'ユーザー' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'organisation'],
    hidden: hiddenOutsideSecretariat,
  },
  auth: {
    // Lock the account for 10 minutes after 5 failed logins in a row.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    read: readOwnAccountOrStaff,
    create: adminOnly,
    update: updateOwnAccountOrAdmin,
    delete: adminOnly,
    admin: signedIn,
    unlock: adminOnly,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      saveToJWT: true,
      options: ROLES.map((r) => ({ value: r, label: r })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      // Not "locales": a hasMany select gets its own table, and `<table>_locales` is the name
      // Payload's SQL adapters give a collection's localized fields.
      name: 'languages',
      label: 'Languages this translator may edit',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: LOCALES.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.englishName})` })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'translator' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'member' },
    },
    {
      // Not the member's `organisation`: rules that give members their organisation's reports
      // must never see a company account as one of its members.
      name: 'participant',
      label: 'Collaborative Program participant this account works for',
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      filterOptions: { 'programme.participant': { equals: true } },
      access: { create: adminOnlyField, update: adminOnlyField },
      // Only an admin (or server code) sets it; for the company account itself the stored value
      // stays, and checking it under the account's own read rules would refuse its own participant,
      // whose programme membership it may not query (access/programme.ts).
      validate: ((value, options) =>
        options.overrideAccess || isAdmin(options.req.user)
          ? validations.relationship(value, options)
          : true) satisfies RelationshipFieldSingleValidation,
      admin: { position: 'sidebar', condition: (data) => data?.role === 'company' },
    },
  ],
  hooks: {
    beforeValidate: [
      // The very first account (created from the admin's welcome screen) becomes the admin.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data) return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        if (totalDocs === 0) return { ...data, role: 'admin' satisfies Role }
        return data
      },
    ],
    beforeChange: [
      ({ data, req }) => {
        if (data?.role === 'member' && !data.organisation) {
          throw new ValidationError({
            collection: 'users',
            errors: [{ path: 'organisation', message: 'A member account must belong to an organisation' }],
            req,
          })
        }
        if (data?.role === 'company' && !data.participant) {
          throw new ValidationError({
            collection: 'users',
            errors: [{ path: 'participant', message: 'A company account must belong to a programme participant' }],
            req,
          })
        }
        if (data?.role === 'translator' && (!Array.isArray(data.languages) || data.languages.length === 0)) {
          throw new ValidationError({
            collection: 'users',
            errors: [{ path: 'languages', message: 'A translator needs at least one language to work on' }],
            req,
          })
        }
        return data
      },
    ],
  },
}

/**
 * Field-level rules shared by collections: who may write or read one field of a document
 * (the document's own rules decide the rest).
 */
import type { FieldAccess } from 'payload'

import { isAdmin, isStaff } from './roles'

export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Written by the server alone: what a client sends for the field is dropped. */
export const serverOnlyField: FieldAccess = () => false

/** A field's create and update rules when only server code (hooks, jobs) writes it. */
export const serverOwnedField = { create: serverOnlyField, update: serverOnlyField }

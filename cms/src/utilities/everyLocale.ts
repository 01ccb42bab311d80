import type { TypedLocale } from 'payload'

/**
 * `locale: 'all'` for Payload's update operation, which writes a field in every language at once
 * (so a save does not hinge on one language's text). Payload's reads are typed to take 'all'
 * (`'all' | TypedLocale`); its update takes it at run time too, but 3.90's types allow one
 * language only.
 */
export const EVERY_LOCALE_FOR_UPDATE = 'all' as unknown as TypedLocale

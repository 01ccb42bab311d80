import {
  ARTICLE_CATEGORIES,
  CODE_OF_CONDUCT_COMMITMENTS,
  SENDING_COUNTRIES,
  termLabel,
} from '@mirai/content-schemas/taxonomies'
import { LOCALES, type LocaleCode } from '@mirai/content-schemas/locales'
import type { Option, SelectField } from 'payload'

/** Select options labelled in every admin language we have a label for. */
export function termOptions(terms: readonly { value: string; label: Partial<Record<string, string>> }[]): Option[] {
  return terms.map((t) => ({ value: t.value, label: { ...t.label } as Record<string, string> }))
}

/** A term where the admin writes both of its languages in one line, Japanese first: "受理 / Accepted". */
export function bilingualLabel(
  terms: readonly { readonly value: string; readonly label: Partial<Record<LocaleCode, string>> }[],
  value: string,
): string {
  return `${termLabel(terms, value, 'ja')} / ${termLabel(terms, value, 'en')}`
}

export const categoryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'category',
    type: 'select',
    required: true,
    index: true,
    options: termOptions(ARTICLE_CATEGORIES),
    ...overrides,
  }) as SelectField

export const commitmentsField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'commitments',
    type: 'select',
    hasMany: true,
    options: termOptions(CODE_OF_CONDUCT_COMMITMENTS),
    admin: { description: 'Code of Conduct commitments this addresses' },
    ...overrides,
  }) as SelectField

export const countriesField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'countries',
    type: 'select',
    hasMany: true,
    options: termOptions(SENDING_COUNTRIES),
    ...overrides,
  }) as SelectField

export const localeSelectField = (overrides: Partial<SelectField> & { name: string }): SelectField =>
  ({
    type: 'select',
    options: LOCALES.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.englishName})` })),
    ...overrides,
  }) as SelectField

/**
 * The site's interface text in every language, and `t()` to read it. Content comes from the CMS;
 * only labels, headings and messages of the site itself live here.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'

import { en, type UiStrings } from './strings/en'
import { es } from './strings/es'
import { id } from './strings/id'
import { ja } from './strings/ja'
import { my } from './strings/my'
import { pt } from './strings/pt'
import { tl } from './strings/tl'
import { vi } from './strings/vi'
import { zh } from './strings/zh'

export type UiKey = keyof UiStrings

export const UI: Record<LocaleCode, UiStrings> = { ja, en, zh, es, pt, id, tl, my, vi }

export function t(lang: LocaleCode, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = UI[lang][key] || en[key]
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match))
}

/** A translator bound to one language, for templates. */
export const translator = (lang: LocaleCode) => (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars)

import { DEFAULT_LOCALE, fallbackChain, LOCALES } from '@mirai/content-schemas/locales'
import type { LocalizationConfig } from 'payload'

/** Payload's localization built from the shared locale table and fallback chain. */
export const localization: LocalizationConfig = {
  locales: LOCALES.map((l) => ({
    code: l.code,
    label: `${l.nativeName} (${l.englishName})`,
    fallbackLocale: fallbackChain(l.code),
  })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}

/** The fallback rule is shared with newsletters and lives in content-schemas. */
export {
  labelIn,
  pickTranslation,
  translatedLocales,
  type Localized,
  type Translations,
} from '@mirai/content-schemas/fallback'

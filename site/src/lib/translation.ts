/** The fallback rule is shared with newsletters and lives in content-schemas. */
export { findTranslation, mapValues, pickTranslation, type Translations } from '@mirai/content-schemas/fallback'

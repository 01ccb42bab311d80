/** Every URL of the site: the rules live in content-schemas so that newsletters and the snapshot share them. */
export {
  absoluteUrl,
  categoryPath,
  docPath,
  homePath,
  icsPath,
  internalLinkPath,
  pageAlternates,
  pageLocaleFor,
  pageTranslation,
  rssPath,
  sectionPath,
  SECTIONS,
  shareImagePath,
  sitemapPath,
  switchLanguage,
  type Section,
} from '@mirai/content-schemas/paths'

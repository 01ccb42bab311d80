/** Every URL of the site: the rules live in content-schemas so that newsletters and the snapshot share them. */
export {
  absoluteUrl,
  categoryPath,
  COLLECTION_SECTIONS,
  docPath,
  homePath,
  icsPath,
  rssPath,
  sectionPath,
  SECTIONS,
  switchLanguage,
  type Section,
} from '@mirai/content-schemas/paths'

/** The moment the site is built (SITE_NOW in tests): one rule for the export and the site. */
export { buildTime } from '@mirai/content-schemas/build-time'

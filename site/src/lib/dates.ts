/** Dates in Japan time are shared with the CMS and newsletters (content-schemas/src/dates.ts). */
export { formatDate, formatRange, japanIsoDateTime } from '@mirai/content-schemas/dates'

/**
 * What a page shows of a document in one language, computed from the snapshot: the translation or
 * its fallback, HTML of the rich text, labels of taxonomies, links in the same language. Pages get
 * these as props and only lay them out. One module per page type under ./views/.
 */
export * from './views/article'
export * from './views/country'
export * from './views/event'
export * from './views/freshness'
export * from './views/goodPractice'
export * from './views/newsletter'
export * from './views/page'
export * from './views/shared'
export * from './views/video'

export * from './locales'
export * from './taxonomies'
export * from './youtube'

/**
 * Every string Pagefind's Component UI shows or reads out, from the site's own interface text in
 * the page's language: Pagefind ships no Tagalog at all and its own wording elsewhere, and a
 * search page must not switch language halfway. Pagefind fills [SEARCH_TERM], [COUNT] and
 * [DIFFERENT_TERM] itself (as text, never HTML), so our {term}, {count} and {other} become those.
 * Through t(), they are the text edited in the CMS where there is one: the search page's
 * getStaticPaths reads content first, which applies it (lib/interfaceText.ts), and the edited
 * text keeps every placeholder, so Pagefind's still stand in for them.
 */
import { t, type UiKey } from '@mirai/content-schemas/i18n'
import type { LocaleCode } from '@mirai/content-schemas/locales'

/** Pagefind's placeholders, in place of the catalogue's. */
const PAGEFIND_VARS = { term: '[SEARCH_TERM]', count: '[COUNT]', other: '[DIFFERENT_TERM]' }

/** Each key of Pagefind 1.6's Component UI translations and the interface text that says it. */
export const PAGEFIND_STRINGS = {
  placeholder: 'search.placeholder',
  search_label: 'search.label',
  clear_search: 'search.clear',
  load_more: 'search.loadMore',
  filters_label: 'search.filters',
  zero_results: 'search.noResults',
  one_result: 'search.oneResult',
  many_results: 'search.manyResults',
  total_zero_results: 'search.totalNone',
  total_one_result: 'search.totalOne',
  total_many_results: 'search.totalMany',
  alt_search: 'search.altSearch',
  search_suggestion: 'search.suggestion',
  searching: 'search.searching',
  results_label: 'search.results',
  keyboard_navigate: 'search.keyNavigate',
  keyboard_select: 'search.keySelect',
  keyboard_clear: 'search.clear',
  keyboard_close: 'search.close',
  keyboard_search: 'nav.search',
  error_search: 'search.failed',
  filter_selected_one: 'search.filterSelected',
  filter_selected_many: 'search.filterSelected',
  input_hint: 'search.inputHint',
  loading: 'search.loading',
} as const satisfies Record<string, UiKey>

export type PagefindStrings = Record<keyof typeof PAGEFIND_STRINGS, string>

export function pagefindStrings(lang: LocaleCode): PagefindStrings {
  return Object.fromEntries(
    Object.entries(PAGEFIND_STRINGS).map(([key, uiKey]) => [key, t(lang, uiKey, PAGEFIND_VARS)]),
  ) as PagefindStrings
}

/**
 * The strings as JSON for an inline <script type="application/json">: `<` is escaped so no text
 * (a translation, however written) can close the script element.
 */
export const stringsJson = (strings: PagefindStrings): string => JSON.stringify(strings).replace(/</g, '\\u003c')

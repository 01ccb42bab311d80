import { UI_TRANSLATIONS } from '@mirai/content-schemas/i18n'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'
import { describe, expect, it } from 'vitest'

import { PAGEFIND_STRINGS, pagefindStrings, stringsJson } from '../src/lib/searchStrings'

describe('search interface strings', () => {
  it('are the site’s own, in every language, with Pagefind’s placeholders', () => {
    for (const lang of LOCALE_CODES) {
      const strings = pagefindStrings(lang)
      expect(Object.keys(strings).sort()).toEqual(Object.keys(PAGEFIND_STRINGS).sort())
      for (const [key, value] of Object.entries(strings)) {
        expect(value, `${lang} ${key}`).not.toBe('')
        // Every key is translated: none falls back to the English catalogue.
        expect(
          UI_TRANSLATIONS[lang][PAGEFIND_STRINGS[key as keyof typeof PAGEFIND_STRINGS]],
          `${lang} ${key}`,
        ).toBeTruthy()
        expect(value, `${lang} ${key}`).not.toMatch(/\{[a-z]+\}/)
      }
      expect(strings.many_results).toContain('[COUNT]')
      expect(strings.many_results).toContain('[SEARCH_TERM]')
      expect(strings.alt_search).toContain('[DIFFERENT_TERM]')
    }
  })

  it('are not English on the Tagalog and Burmese pages', () => {
    const english = pagefindStrings('en')
    for (const lang of ['tl', 'my'] as const) {
      const strings = pagefindStrings(lang)
      for (const key of [
        'placeholder',
        'load_more',
        'zero_results',
        'many_results',
        'clear_search',
        'search_label',
      ] as const)
        expect(strings[key], `${lang} ${key}`).not.toBe(english[key])
    }
    expect(pagefindStrings('tl').load_more).toBe('Magpakita ng iba pang resulta')
  })

  it('cannot close the script element that carries them', () => {
    const json = stringsJson({ ...pagefindStrings('en'), placeholder: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script')
    expect(JSON.parse(json).placeholder).toBe('</script><script>alert(1)</script>')
  })
})

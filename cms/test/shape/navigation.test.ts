import { describe, expect, it } from 'vitest'

import { shapeNavigation } from '../../src/export/shape/navigation'
import { PublicPages } from '../../src/export/shape/publicPages'
import { inLanguages, navigation } from './fixtures'

function publicPages() {
  const pages = new PublicPages()
  pages.add('pages', [{ id: 'p1', slug: 'about', translations: { en: { title: 'About' } } }])
  pages.add('articles', [{ id: 'a1', slug: 'wages', translations: { ja: { title: '賃金' } } }])
  return pages
}

describe('the menus', () => {
  it('sends every reader of an organisation page to a language it exists in', () => {
    const item = { label: '概要', type: 'document' as const, document: { relationTo: 'pages' as const, value: 'p1' } }
    const menus = shapeNavigation(
      inLanguages({
        ja: navigation([item]),
        en: navigation([{ ...item, label: 'About' }]),
        vi: navigation([{ ...item, label: 'Giới thiệu' }]),
      }),
      publicPages(),
    )
    expect(menus).toEqual({
      ja: [{ label: '概要', href: '/ja/about/' }],
      en: [{ label: 'About', href: '/en/about/' }],
      vi: [{ label: 'Giới thiệu', href: '/en/about/' }],
    })
  })

  it('links sections and documents in the reader’s language, keeps custom addresses, and drops items to nothing public', () => {
    const menus = shapeNavigation(
      inLanguages({
        ja: navigation([]),
        vi: navigation([
          { label: 'Bài viết', type: 'section', section: 'articles' },
          { label: 'Tìm kiếm', type: 'section', section: 'search' },
          { label: 'Tiền lương', type: 'document', document: { relationTo: 'articles', value: 'a1' } },
          { label: 'Bản nháp', type: 'document', document: { relationTo: 'articles', value: 'a-draft' } },
          { label: 'Trống', type: 'section', section: null },
          { label: 'Bên ngoài', type: 'custom', url: 'https://example.org/help' },
          { label: 'Không có địa chỉ', type: 'custom', url: '' },
        ]),
      }),
      publicPages(),
    )
    // A language without a single item has no menu of its own.
    expect(menus).toEqual({
      vi: [
        { label: 'Bài viết', href: '/vi/articles/' },
        { label: 'Tìm kiếm', href: '/vi/search/' },
        { label: 'Tiền lương', href: '/vi/articles/wages/' },
        { label: 'Bên ngoài', href: 'https://example.org/help' },
      ],
    })
  })
})

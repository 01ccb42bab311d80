import type { LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'

import { richHtml } from '../render'
import { findTranslation, pickTranslation } from '../translation'
import { docView } from './shared'

/** An organisation page with its figures and people sections. */
export function pageView(page: S.Page, lang: LocaleCode) {
  const { content, ...view } = docView(page, 'pages', lang)
  return {
    ...view,
    html: richHtml(content.body, lang),
    sections: page.sections.map((section) =>
      section.blockType === 'figures'
        ? {
            kind: 'figures' as const,
            title: findTranslation(section.translations, lang)?.content.title ?? null,
            items: section.items.map((item) => {
              const text = pickTranslation(item.translations, lang)
              return { value: item.value, label: text.content.label, note: text.content.note ?? null }
            }),
          }
        : {
            kind: 'people' as const,
            title: findTranslation(section.translations, lang)?.content.title ?? null,
            people: section.people.map((person) => {
              const text = findTranslation(person.translations, lang)?.content ?? null
              return { name: person.name, role: text?.role ?? null, affiliation: text?.affiliation ?? null }
            }),
          },
    ),
  }
}

export type PageView = ReturnType<typeof pageView>

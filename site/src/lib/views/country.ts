import { getLocale, type LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'

import { pictureData } from '../images'
import { richHtml } from '../render'
import { pickTranslation } from '../translation'
import { card, countryLabel, docView, linkTo, type CardView } from './shared'

export function countryView(country: S.CountryPage, lang: LocaleCode) {
  const { content, ...view } = docView(country, 'countries', lang)
  return {
    ...view,
    countryName: countryLabel(country.country, lang),
    sendingSchemeHtml: richHtml(content.sendingScheme, lang),
    recruitmentFeesHtml: richHtml(content.recruitmentFees, lang),
    hero: country.heroImage ? pictureData(country.heroImage, lang) : null,
    contacts: country.contacts.map((c) => {
      const text = pickTranslation(c.translations, lang)
      return {
        kind: c.kind,
        name: text.content.name,
        hours: text.content.hours ?? null,
        lang: text.isFallback ? text.lang : undefined,
        phone: c.phone ?? null,
        email: c.email ?? null,
        url: c.url ?? null,
        address: c.address ?? null,
        languages: c.languages.map((l) => ({ code: l, name: getLocale(l).nativeName })),
      }
    }),
    relatedArticles: country.relatedArticles.map((article) => linkTo(article, 'articles', lang)),
  }
}

export type CountryView = ReturnType<typeof countryView>

export function countryCard(country: S.CountryPage, lang: LocaleCode): CardView {
  return card(docView(country, 'countries', lang), countryLabel(country.country, lang))
}

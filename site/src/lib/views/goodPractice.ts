import type { LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'
import { CODE_OF_CONDUCT_COMMITMENTS, termLabel } from '@mirai/content-schemas/taxonomies'

import { formatDate } from '../dates'
import { pictureData } from '../images'
import { richHtml } from '../render'
import { pickTranslation } from '../translation'
import { card, docView, type CardView } from './shared'

export function goodPracticeView(gp: S.GoodPractice, lang: LocaleCode) {
  const { content, ...view } = docView(gp, 'good-practices', lang)
  const org = gp.organisation ? pickTranslation(gp.organisation.translations, lang) : null
  return {
    ...view,
    number: gp.number,
    html: richHtml(content.body, lang),
    published: { iso: gp.publishedAt, text: formatDate(gp.publishedAt, lang) },
    organisation: org
      ? {
          name: org.content.name,
          lang: org.isFallback ? org.lang : undefined,
          website: gp.organisation?.website ?? null,
        }
      : null,
    commitments: gp.commitments.map((value) => {
      const term = CODE_OF_CONDUCT_COMMITMENTS.find((c) => c.value === value)!
      return { number: term.number, label: termLabel(CODE_OF_CONDUCT_COMMITMENTS, value, lang) }
    }),
    images: gp.images.map((image) => pictureData(image, lang)),
  }
}

export type GoodPracticeView = ReturnType<typeof goodPracticeView>

export function goodPracticeCard(gp: S.GoodPractice, lang: LocaleCode, numberLabel: string): CardView {
  return card(docView(gp, 'good-practices', lang), numberLabel)
}

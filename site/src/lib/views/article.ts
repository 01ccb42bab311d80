import type { LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'
import { SENDING_COUNTRIES } from '@mirai/content-schemas/taxonomies'

import { formatDate } from '../dates'
import { pictureData } from '../images'
import { categoryPath, docPath } from '../paths'
import { richHtml } from '../render'
import { pickTranslation } from '../translation'
import { card, categoryLabel, countryLabel, docView, linkTo, type CardView } from './shared'

export function articleCard(article: S.Article, lang: LocaleCode): CardView {
  const view = docView(article, 'articles', lang)
  const picture = article.heroImage ? pictureData(article.heroImage, lang, '(min-width: 40rem) 12rem, 33vw') : null
  return card(view, `${categoryLabel(article.category, lang)} · ${formatDate(article.publishedAt, lang)}`, picture)
}

/** An article's page: its tags and related videos come with it in the snapshot. */
export function articleView(article: S.Article, lang: LocaleCode) {
  const { content, ...view } = docView(article, 'articles', lang)
  return {
    ...view,
    html: richHtml(content.body, lang),
    published: { iso: article.publishedAt, text: formatDate(article.publishedAt, lang) },
    category: { label: categoryLabel(article.category, lang), href: categoryPath(lang, article.category) },
    tags: article.tags.map((tag) => {
      const name = pickTranslation(tag.name, lang)
      return { label: name.content, lang: name.isFallback ? name.lang : undefined }
    }),
    countries: article.countries.map((c) => ({
      label: countryLabel(c, lang),
      href: docPath(lang, 'countries', SENDING_COUNTRIES.find((s) => s.value === c)!.slug),
    })),
    hero: article.heroImage ? pictureData(article.heroImage, lang) : null,
    relatedVideos: article.relatedVideos.map((video) => linkTo(video, 'videos', lang)),
  }
}

export type ArticleView = ReturnType<typeof articleView>

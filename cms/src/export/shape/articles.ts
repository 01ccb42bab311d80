import type { ArticleInput, TagInput } from '@mirai/content-schemas/schemas'

import { idOf, isoOrNull, translationsOf } from '../localized'
import { pageBase, translatedWith, type ShapeContext, withFreshness } from './context'
import type { ArticleDoc } from './documents'

/** Articles with their tags in full and related videos as links (only to videos the site shows). */
export const shapeArticles = (
  docs: readonly ArticleDoc[],
  ctx: ShapeContext,
  tags: ReadonlyMap<string, TagInput>,
): ArticleInput[] =>
  docs.map(({ base: doc, byLocale }) =>
    withFreshness(doc, {
      ...pageBase(doc),
      publishedAt: isoOrNull(doc.publishedAt ?? doc.createdAt)!,
      category: doc.category,
      tags: (doc.tags ?? []).flatMap((value) => tags.get(idOf(value) ?? '') ?? []),
      countries: doc.countries ?? [],
      relatedVideos: ctx.pages.linkRefs('videos', doc.relatedVideos),
      heroImage: ctx.image(doc.heroImage),
      translations: translationsOf(byLocale, translatedWith(ctx, `articles ${doc.id}`, { body: 'text' }), (l) => ({
        title: l.title,
        summary: l.summary ?? null,
        body: ctx.rich(l.body),
      })),
    }),
  )

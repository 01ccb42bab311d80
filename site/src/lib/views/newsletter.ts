import type { LocaleCode } from '@mirai/content-schemas/locales'
import { resolveIssue, type IssueInput } from '@mirai/content-schemas/newsletter'
import type * as S from '@mirai/content-schemas/schemas'
import { NEWSLETTER_KINDS, NEWSLETTER_STORY_KINDS, termLabel } from '@mirai/content-schemas/taxonomies'

import { formatDate } from '../dates'
import { richHtml } from '../render'
import type { Translations } from '../translation'
import { card, docView, type CardView, type Link } from './shared'

const newsletterMeta = (nl: S.Newsletter, lang: LocaleCode, issueLabel: string) =>
  `${termLabel(NEWSLETTER_KINDS, nl.kind, lang)} · ${issueLabel} · ${formatDate(nl.issueDate, lang)}`

export function newsletterCard(nl: S.Newsletter, lang: LocaleCode, issueLabel: string): CardView {
  return card(docView(nl, 'newsletters', lang), newsletterMeta(nl, lang, issueLabel))
}

export type NewsletterSection =
  | { kind: 'story'; label: string; heading: string; html: string; lang: LocaleCode | undefined }
  | { kind: 'card'; link: Link; summary: string | null; note: string | null; noteLang: LocaleCode | undefined }

/** The archived issue as the shared newsletter resolver reads it (the email reads its own the same way). */
export function newsletterInput(nl: S.Newsletter): IssueInput<S.RichText> {
  const intro: Translations<S.RichText> = {}
  for (const [lang, text] of Object.entries(nl.translations) as [
    LocaleCode,
    S.Newsletter['translations'][LocaleCode],
  ][])
    if (text?.intro) intro[lang] = text.intro
  return {
    intro,
    sections: nl.sections.map((section) =>
      section.blockType === 'story'
        ? { type: 'story', kind: section.kind, translations: section.translations }
        : {
            type: 'card',
            collection: section.collection,
            slug: section.slug,
            text: section.text,
            note: notes(section.translations),
            source: undefined,
          },
    ),
  }
}

function notes(translations: Translations<{ note?: string | null }>): Translations<string> {
  const out: Translations<string> = {}
  for (const [lang, value] of Object.entries(translations) as [LocaleCode, { note?: string | null } | undefined][])
    if (value?.note) out[lang] = value.note
  return out
}

/** An archived issue: its stories and cards as the email had them, linked within the site. */
export function newsletterView(nl: S.Newsletter, lang: LocaleCode, issueLabel: string) {
  const { content: _subject, ...view } = docView(nl, 'newsletters', lang)
  const resolved = resolveIssue(newsletterInput(nl), lang)
  return {
    ...view,
    meta: newsletterMeta(nl, lang, issueLabel),
    published: { iso: nl.issueDate, text: formatDate(nl.issueDate, lang) },
    // The intro is picked on its own, as in the email: the subject's language may have none.
    intro: resolved.intro ? richHtml(resolved.intro.content, lang) : '',
    introLang: resolved.intro?.isFallback ? resolved.intro.lang : undefined,
    sections: resolved.sections.flatMap((section): NewsletterSection[] => {
      // A section with no text in any language is left out of the archive.
      if (section.type === 'unresolved') return []
      if (section.type === 'story') {
        return [
          {
            kind: 'story',
            label: termLabel(NEWSLETTER_STORY_KINDS, section.kind, lang),
            heading: section.heading,
            html: richHtml(section.body, lang),
            lang: section.shown.isFallback ? section.shown.lang : undefined,
          },
        ]
      }
      // The snapshot keeps only cards of public documents, which have a path; a link nowhere is left out.
      if (!section.path) return []
      return [
        {
          kind: 'card',
          link: {
            label: section.title,
            href: section.path,
            lang: section.shown.isFallback ? section.shown.lang : undefined,
          },
          summary: section.summary,
          note: section.note?.content ?? null,
          noteLang: section.note?.isFallback ? section.note.lang : undefined,
        },
      ]
    }),
  }
}

export type NewsletterView = ReturnType<typeof newsletterView>

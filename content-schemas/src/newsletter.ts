/**
 * One newsletter issue in one language, resolved by the one set of rules the email (cms) and the
 * site's archive share: which language each story and card is shown in (the fallback pick), and
 * where a card links to (docPath, so a card of an organisation page goes to a page that exists).
 * Both sides turn their own documents into this small input shape first; what they then render
 * (MJML, the archive page) stays theirs.
 */
import { findTranslation, type Localized, type Translations } from './fallback'
import type { LocaleCode } from './locales'
import { docPath } from './paths'

/** A story in each language it is written in (a language counts when it has a heading and a text). */
export interface StoryInput<Body> {
  type: 'story'
  kind: string
  translations: Translations<{ heading: string; body: Body }>
}

/** A card of another document, with what the card shows of it per language. */
export interface CardInput<Source = undefined> {
  type: 'card'
  collection: string
  /** The target's slug; null when it has no public page (a members-only event). */
  slug: string | null
  text: Translations<{ title: string; summary?: string | null }>
  note: Translations<string>
  /** Whatever the caller needs back with the card (the email: the populated document). */
  source: Source
}

export interface IssueInput<Body, Source = undefined> {
  intro: Translations<Body>
  sections: (StoryInput<Body> | CardInput<Source>)[]
}

export interface ResolvedStory<Body> {
  type: 'story'
  kind: string
  /** Language the story is shown in, and whether that is a fallback. */
  shown: Omit<Localized<unknown>, 'content'>
  heading: string
  body: Body
}

export interface ResolvedCard<Source> {
  type: 'card'
  collection: string
  shown: Omit<Localized<unknown>, 'content'>
  title: string
  summary: string | null
  /** The target's page for this reader (a site path), null without a public page. */
  path: string | null
  note: Localized<string> | null
  source: Source
}

/** A section no language has text for: the email refuses the issue, the archive leaves it out. */
export interface Unresolved<Source> {
  type: 'unresolved'
  index: number
  section: 'story' | 'card'
  /** A card's `source`, so the caller can say what is wrong with it. */
  source?: Source
}

export interface ResolvedIssue<Body, Source> {
  intro: Localized<Body> | null
  sections: (ResolvedStory<Body> | ResolvedCard<Source> | Unresolved<Source>)[]
}

const shownOf = ({ lang, isFallback }: Localized<unknown>) => ({ lang, isFallback })

export function resolveIssue<Body, Source>(
  issue: IssueInput<Body, Source>,
  lang: LocaleCode,
): ResolvedIssue<Body, Source> {
  return {
    intro: findTranslation(issue.intro, lang),
    sections: issue.sections.map((section, index): ResolvedIssue<Body, Source>['sections'][number] => {
      if (section.type === 'story') {
        const story = findTranslation(section.translations, lang)
        if (!story) return { type: 'unresolved', index, section: 'story' }
        return {
          type: 'story',
          kind: section.kind,
          shown: shownOf(story),
          heading: story.content.heading,
          body: story.content.body,
        }
      }
      const text = findTranslation(section.text, lang)
      if (!text) return { type: 'unresolved', index, section: 'card', source: section.source }
      return {
        type: 'card',
        collection: section.collection,
        shown: shownOf(text),
        title: text.content.title,
        summary: text.content.summary ?? null,
        path: section.slug ? docPath(lang, section.collection, section.slug) : null,
        note: findTranslation(section.note, lang),
        source: section.source,
      }
    }),
  }
}

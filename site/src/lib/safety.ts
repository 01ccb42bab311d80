/**
 * The safety self-check in one language: questions (rich text with furigana) with their severity
 * and the articles that explain the rule, and the consultation services to call.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import type * as S from '@mirai/content-schemas/schemas'
import { SAFETY_SEVERITIES, termLabel } from '@mirai/content-schemas/taxonomies'

import { richHtml } from './render'
import { allServices, type ServiceView } from './services'
import { pickTranslation } from './translation'
import { linkTo, type Link } from './views'

export interface SafetyQuestionView {
  key: string
  severity: 'serious' | 'check'
  severityLabel: string
  html: string
  /** Language of the question when it falls back. */
  lang: LocaleCode | undefined
  explanations: Link[]
}

export interface SafetyView {
  intro: string
  sections: { key: string; title: string; lang: LocaleCode | undefined; questions: SafetyQuestionView[] }[]
  services: ServiceView[]
  /** Every service, for the finder (./finder.ts) below the check. */
  finderServices: ServiceView[]
}

export function safetyView(check: S.SafetyCheck, settings: S.SiteSettings, lang: LocaleCode): SafetyView {
  const intro = Object.keys(check.intro).length ? pickTranslation(check.intro, lang) : null
  const services = allServices(settings, lang)
  return {
    intro: intro ? richHtml(intro.content, lang) : '',
    sections: check.sections.map((section) => {
      const title = pickTranslation(section.translations, lang)
      return {
        key: section.key,
        title: title.content.title,
        lang: title.isFallback ? title.lang : undefined,
        questions: section.questions.map((q) => {
          const text = pickTranslation(q.translations, lang)
          return {
            key: q.key,
            severity: q.severity,
            severityLabel: termLabel(SAFETY_SEVERITIES, q.severity, lang),
            html: richHtml(text.content.text, lang),
            lang: text.isFallback ? text.lang : undefined,
            explanations: q.explanations.map((article) => linkTo(article, 'articles', lang)),
          }
        }),
      }
    }),
    // Services for all of Japan; each prefecture's own are in the finder below the check.
    services: services.filter((s) => s.nationwide),
    finderServices: services,
  }
}

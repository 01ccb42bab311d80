import type { SafetyCheckInput } from '@mirai/content-schemas/schemas'
import { hasText } from '@mirai/content-schemas/translated'

import { isoOrNull, translationsOf } from '../localized'
import type { ShapeContext } from './context'
import type { SafetyCheckDoc } from './documents'

/** The safety check: questions in every language they are written in; explanations only to articles a reader can open. */
export function shapeSafetyCheck({ base, byLocale }: SafetyCheckDoc, ctx: ShapeContext): SafetyCheckInput {
  return {
    updatedAt: isoOrNull(base.updatedAt),
    intro: translationsOf(
      byLocale,
      (l) => hasText(l.intro),
      (l) => ctx.rich(l.intro)!,
    ),
    sections: (base.sections ?? []).map((section, i) => ({
      key: section.key,
      translations: translationsOf(
        byLocale,
        (l) => hasText(l.sections?.[i]?.title),
        (l) => ({ title: l.sections![i]!.title }),
      ),
      questions: (section.questions ?? []).map((question, j) => ({
        key: question.key,
        severity: question.severity,
        explanations: ctx.pages.linkRefs('articles', question.explanations),
        translations: translationsOf(
          byLocale,
          (l) => hasText(l.sections?.[i]?.questions?.[j]?.text),
          (l) => ({ text: ctx.rich(l.sections![i]!.questions![j]!.text) }),
        ),
      })),
    })),
  }
}

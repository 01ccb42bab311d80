/**
 * Organisation pages exist in Japanese and English only (ORGANISATION_PAGE_LOCALES). Every link to
 * one — a menu item, a rich-text link on the site, a newsletter's link — must reach a page that
 * is built, in every language: /ja/<slug>/ for Japanese readers, /en/<slug>/ for everyone else.
 */
import { LOCALE_CODES, type LocaleCode } from '@mirai/content-schemas/locales'
import { richTextToHtml } from '@mirai/content-schemas/richtext'
import { buildSnapshot } from '@mirai/cms/snapshot'
import { renderIssue, type NewsletterSettings } from '@mirai/cms/newsletter'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkResolver } from '../../site/src/lib/render'
import { createArticle, paragraph, paragraphDoc, textNode } from './helpers/fixtures'
import { startCms, type TestCms } from './helpers/payload'

let cms: TestCms
let pageId: string
const SLUG = 'about-jp-mirai'
const SITE = 'https://portal.example.org'
const settings: NewsletterSettings = {
  siteUrl: SITE,
  from: 'JP-MIRAI <news@example.org>',
  unsubscribe: ['mailto:news@example.org?subject=unsubscribe'],
}

/** Where a reader of `lang` must land: the organisation page in a language it is built in. */
const expected = (lang: LocaleCode) => `/${lang === 'ja' ? 'ja' : 'en'}/${SLUG}/`

/** A paragraph with an internal link to the organisation page. */
const linkToPage = (label: string) =>
  paragraphDoc(textNode(`${label}: `), {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'internal', doc: { relationTo: 'pages', value: pageId } },
    children: [textNode(label)],
  })

beforeAll(async () => {
  cms = await startCms()
  const { payload } = cms
  const page = await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: {
      title: 'JP-MIRAIについて',
      slug: SLUG,
      kind: 'about',
      body: paragraph('JP-MIRAIは…'),
      _status: 'published',
    } as never,
  })
  pageId = String(page.id)
  await payload.update({
    collection: 'pages',
    id: pageId,
    locale: 'en',
    data: { title: 'About JP-MIRAI', body: paragraph('JP-MIRAI is…') } as never,
  })
  // Every language's menu links to the page, Vietnamese included.
  for (const locale of LOCALE_CODES) {
    await payload.updateGlobal({
      slug: 'navigation',
      locale,
      data: {
        items: [{ label: `about (${locale})`, type: 'document', document: { relationTo: 'pages', value: pageId } }],
      } as never,
    })
  }
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

describe('links to an organisation page, in every language', () => {
  it('the snapshot’s menu sends each language to a page that exists', async () => {
    const { snapshot } = await buildSnapshot(cms.payload)
    for (const lang of LOCALE_CODES) {
      expect(snapshot.navigation[lang], lang).toEqual([{ label: `about (${lang})`, href: expected(lang) }])
    }
  })

  it('a rich-text link on the site goes to a page that exists', async () => {
    await createArticle(cms.payload, { slug: 'links-to-about', body: linkToPage('JP-MIRAI') })
    const { snapshot } = await buildSnapshot(cms.payload)
    const body = snapshot.articles.find((a) => a.slug === 'links-to-about')!.translations.ja!.body
    for (const lang of LOCALE_CODES) {
      expect(richTextToHtml(body, { resolveInternalLink: linkResolver(lang) }), lang).toContain(
        `href="${expected(lang)}"`,
      )
    }
  })

  it('a newsletter’s link goes to a page that exists, in each of the nine editions', async () => {
    const subject = Object.fromEntries(LOCALE_CODES.map((lang) => [lang, `Issue (${lang})`]))
    const issue = await cms.payload.create({
      collection: 'newsletters',
      locale: 'ja',
      data: {
        kind: 'monthly',
        issueNumber: 77,
        issueDate: '2026-03-15',
        subject: subject.ja,
        sections: [{ blockType: 'story', kind: 'message', heading: 'JP-MIRAIについて', body: linkToPage('JP-MIRAI') }],
        _status: 'published',
      } as never,
    })
    const storyId = (issue.sections ?? [])[0]!.id
    // The Vietnamese edition's own story links to the page too.
    await cms.payload.update({
      collection: 'newsletters',
      id: issue.id,
      locale: 'vi',
      data: {
        subject: subject.vi,
        sections: [
          { id: storyId, blockType: 'story', kind: 'message', heading: 'Về JP-MIRAI', body: linkToPage('Về JP-MIRAI') },
        ],
      } as never,
    })
    for (const lang of LOCALE_CODES) {
      if (lang !== 'ja' && lang !== 'vi')
        await cms.payload.update({
          collection: 'newsletters',
          id: issue.id,
          locale: lang,
          data: { subject: subject[lang] } as never,
        })
    }
    for (const lang of LOCALE_CODES) {
      const { html, text } = await renderIssue(cms.payload, String(issue.id), lang, settings)
      expect(html, lang).toContain(`href="${SITE}${expected(lang)}"`)
      expect(text, lang).toContain(`${SITE}${expected(lang)}`)
    }
  })
})

import { describe, expect, it } from 'vitest'

import { resolveIssue, type IssueInput } from '../src/newsletter'

const issue: IssueInput<string, string> = {
  intro: { ja: 'はじめに', en: 'Intro' },
  sections: [
    {
      type: 'story',
      kind: 'interview',
      translations: { ja: { heading: '見出し', body: '本文' }, en: { heading: 'Heading', body: 'Body' } },
    },
    { type: 'story', kind: 'message', translations: { ja: { heading: 'お知らせ', body: '日本語だけ' } } },
    {
      type: 'card',
      collection: 'articles',
      slug: 'minimum-wage',
      text: { ja: { title: '最低賃金', summary: '要約' }, vi: { title: 'Lương tối thiểu', summary: null } },
      note: { en: 'Why it matters' },
      source: 'card-1',
    },
    {
      type: 'card',
      collection: 'events',
      slug: null,
      text: { ja: { title: '会員の集い' } },
      note: {},
      source: 'card-2',
    },
    { type: 'story', kind: 'activity', translations: {} },
    { type: 'card', collection: 'videos', slug: 'gone', text: {}, note: {}, source: 'card-3' },
  ],
}

describe('resolving a newsletter issue in one language', () => {
  it('shows each section in the reader’s language where it has one, else along the fallback chain, marked', () => {
    const { intro, sections } = resolveIssue(issue, 'vi')
    expect(intro).toEqual({ lang: 'en', content: 'Intro', isFallback: true })
    expect(sections[0]).toMatchObject({
      type: 'story',
      kind: 'interview',
      heading: 'Heading',
      body: 'Body',
      shown: { lang: 'en', isFallback: true },
    })
    // Neither Vietnamese nor English: any language that has it.
    expect(sections[1]).toMatchObject({ type: 'story', heading: 'お知らせ', shown: { lang: 'ja', isFallback: true } })
    expect(sections[2]).toMatchObject({
      type: 'card',
      title: 'Lương tối thiểu',
      summary: null,
      shown: { lang: 'vi', isFallback: false },
      source: 'card-1',
    })
    expect(sections[2]).toMatchObject({ note: { lang: 'en', content: 'Why it matters', isFallback: true } })
  })

  it('links a card to its page for the reader, and not at all without a public page', () => {
    const vi = resolveIssue(issue, 'vi').sections
    expect(vi[2]).toMatchObject({ path: '/vi/articles/minimum-wage/' })
    expect(vi[3]).toMatchObject({ type: 'card', path: null, title: '会員の集い', note: null })
    expect(resolveIssue(issue, 'ja').sections[2]).toMatchObject({
      path: '/ja/articles/minimum-wage/',
      title: '最低賃金',
      summary: '要約',
      shown: { isFallback: false },
    })
  })

  it('sends a card of an organisation page to a language it exists in', () => {
    const page: IssueInput<string, null> = {
      intro: {},
      sections: [
        {
          type: 'card',
          collection: 'pages',
          slug: 'about',
          text: { en: { title: 'About us' } },
          note: {},
          source: null,
        },
      ],
    }
    expect(resolveIssue(page, 'vi').sections[0]).toMatchObject({ path: '/en/about/' })
    expect(resolveIssue(page, 'ja').sections[0]).toMatchObject({ path: '/ja/about/' })
  })

  it('reports sections no language has text for, with the card’s source, instead of guessing', () => {
    const { sections } = resolveIssue(issue, 'en')
    expect(sections[4]).toEqual({ type: 'unresolved', index: 4, section: 'story' })
    expect(sections[5]).toEqual({ type: 'unresolved', index: 5, section: 'card', source: 'card-3' })
  })
})

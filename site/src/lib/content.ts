/**
 * Typed access to the validated snapshot. Collections are read once per build and shared by all
 * routes (getStaticPaths of ten thousand pages must not re-read them).
 */
import type * as S from '@mirai/content-schemas/schemas'
import { getCollection } from 'astro:content'

const memo = new Map<string, Promise<unknown>>()

function load<T>(name: string): Promise<T[]> {
  if (!memo.has(name)) {
    memo.set(
      name,
      getCollection(name as never).then((entries) => (entries as { data: T }[]).map((e) => e.data)),
    )
  }
  return memo.get(name) as Promise<T[]>
}

const byDate = <T extends { publishedAt: string }>(docs: T[]) => [...docs].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))

export const articles = async () => byDate(await load<S.Article>('articles'))
export const videos = async () => byDate(await load<S.Video>('videos'))
export const countries = () => load<S.CountryPage>('countries')
export const events = () => load<S.Event>('events')
export const goodPractices = async () => [...(await load<S.GoodPractice>('goodPractices'))].sort((a, b) => b.number - a.number)
export const pages = async () => [...(await load<S.Page>('pages'))].sort((a, b) => a.order - b.order)
export const newsletters = async () => [...(await load<S.Newsletter>('newsletters'))].sort((a, b) => Date.parse(b.issueDate) - Date.parse(a.issueDate))
export const tags = () => load<S.Tag>('tags')
export const siteSettings = async () => (await load<S.SiteSettings>('siteSettings'))[0]!
export const navigation = async () => (await load<S.Navigation>('navigation'))[0] ?? {}
export const safetyCheck = async () => (await load<S.SafetyCheck>('safetyCheck'))[0] ?? { intro: {}, sections: [] }

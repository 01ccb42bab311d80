/**
 * Typed access to the validated snapshot. Collections are read once per build and shared by all
 * routes (getStaticPaths of ten thousand pages must not re-read them). Their types come from the
 * schemas declared on the loaders (content.config.ts).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content'

import { applyInterfaceText } from './interfaceText'

const memo = new Map<CollectionKey, Promise<unknown[]>>()

function load<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  let loaded = memo.get(name) as Promise<CollectionEntry<C>['data'][]> | undefined
  if (!loaded) {
    // Every getStaticPaths reads content before it calls t() or makes a cache key: the edited
    // interface text is applied first, so neither sees the code's strings in its place.
    loaded = applyInterfaceText()
      .then(() => getCollection(name))
      .then((entries) => entries.map((e) => e.data))
    memo.set(name, loaded)
  }
  return loaded
}

const byDate = <T extends { publishedAt: string }>(docs: T[]) =>
  [...docs].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))

export const articles = async () => byDate(await load('articles'))
export const videos = async () => byDate(await load('videos'))
export const countries = () => load('countries')
export const events = () => load('events')
export const goodPractices = async () => [...(await load('goodPractices'))].sort((a, b) => b.number - a.number)
export const pages = async () => [...(await load('pages'))].sort((a, b) => a.order - b.order)
export const newsletters = async () =>
  [...(await load('newsletters'))].sort((a, b) => Date.parse(b.issueDate) - Date.parse(a.issueDate))
export const tags = () => load('tags')
export const redirects = () => load('redirects')
export const alerts = () => load('alerts')
export const siteSettings = async () => (await load('siteSettings'))[0]!
export const navigation = async () => (await load('navigation'))[0] ?? {}
export const safetyCheck = async () => (await load('safetyCheck'))[0] ?? { updatedAt: null, intro: {}, sections: [] }

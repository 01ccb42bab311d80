import * as schemas from '@mirai/content-schemas/schemas'
import { redirectEntry } from '@mirai/content-schemas/redirects'
import { defineCollection } from 'astro:content'

import { snapshotCollection, snapshotSingleton } from './loaders/snapshot'

export const collections = {
  articles: defineCollection({ loader: snapshotCollection('articles', schemas.article) }),
  videos: defineCollection({ loader: snapshotCollection('videos', schemas.video) }),
  countries: defineCollection({ loader: snapshotCollection('countries', schemas.countryPage) }),
  events: defineCollection({ loader: snapshotCollection('events', schemas.event) }),
  goodPractices: defineCollection({ loader: snapshotCollection('goodPractices', schemas.goodPractice) }),
  pages: defineCollection({ loader: snapshotCollection('pages', schemas.page) }),
  newsletters: defineCollection({ loader: snapshotCollection('newsletters', schemas.newsletter) }),
  tags: defineCollection({ loader: snapshotCollection('tags', schemas.tag) }),
  // Old addresses of moved pages: a refresh page at each ([...moved].astro); hosts get them as rules.
  redirects: defineCollection({ loader: snapshotCollection('redirects', redirectEntry) }),
  alerts: defineCollection({ loader: snapshotCollection('alerts', schemas.alert) }),
  siteSettings: defineCollection({ loader: snapshotSingleton('siteSettings', schemas.siteSettings) }),
  navigation: defineCollection({ loader: snapshotSingleton('navigation', schemas.navigation) }),
  safetyCheck: defineCollection({ loader: snapshotSingleton('safetyCheck', schemas.safetyCheck) }),
  // Menus, buttons and notices as edited in the CMS (lib/interfaceText.ts applies them); a text
  // that lost a placeholder stops the build. Snapshots from before the CMS edited them have none.
  interfaceText: defineCollection({
    loader: snapshotSingleton('interfaceText', schemas.interfaceText.default({})),
  }),
}

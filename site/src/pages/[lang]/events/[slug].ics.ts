import type { APIRoute } from 'astro'
import { LOCALE_CODES } from '@mirai/content-schemas/locales'

import * as content from '../../../lib/content'
import { toIcs } from '../../../lib/events'
import { absoluteUrl } from '../../../lib/paths'
import { eventView } from '../../../lib/views'

/** One calendar file per event and language: title and place in the reader's language. */
export async function getStaticPaths() {
  const all = await content.events()
  return LOCALE_CODES.flatMap((lang) =>
    all.map((e) => ({ params: { lang, slug: e.slug }, props: { event: e, view: eventView(e, lang) } })),
  )
}

export const GET: APIRoute = ({ props, site }) => {
  const { event, view } = props as {
    event: Awaited<ReturnType<typeof content.events>>[number]
    view: ReturnType<typeof eventView>
  }
  const url = absoluteUrl(site, view.href)
  const body = toIcs({
    uid: `${event.id}@${new URL(url).host}`,
    title: view.title,
    description: view.summary,
    location: [view.venue, view.online ? 'Online' : null].filter(Boolean).join(' / ') || null,
    start: event.start,
    end: event.end,
    url,
    updatedAt: event.updatedAt,
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

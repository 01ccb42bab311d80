/**
 * What a weekly event bulletin lists, computed in Japan time: the bulletin for a week goes out on
 * its Monday and lists the events starting from that Monday 00:00 (JST) for the next N weeks, and
 * the articles published since the previous bulletin went out.
 */
import { japanWallClock } from '@mirai/content-schemas/dates'

const DAY = 24 * 60 * 60 * 1000

/** Monday 00:00 in Japan of the week that contains `date`, as an instant. */
export function weekStart(date: Date | string): Date {
  const at = new Date(date)
  const { daysSinceMonday, hour, minute, second, millisecond } = japanWallClock(at)
  const sinceMidnight = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
  // Japan's clock never skips or repeats an hour, so midnight is exactly this long ago.
  return new Date(at.getTime() - daysSinceMonday * DAY - sinceMidnight)
}

export interface BulletinWindow {
  start: Date
  /** Events starting before this instant are listed. */
  eventsUntil: Date
  /** Articles published at or after this instant (and before `start`) are listed. */
  articlesSince: Date
}

/**
 * `previousBulletinWeek`: the week of the last bulletin before this one, if any; without one the
 * bulletin lists the articles of the week before.
 */
export function bulletinWindow(
  week: Date | string,
  weeksAhead: number,
  previousBulletinWeek?: Date | string | null,
): BulletinWindow {
  if (!Number.isInteger(weeksAhead) || weeksAhead < 1 || weeksAhead > 12)
    throw new Error(`weeks ahead must be a whole number from 1 to 12, not ${weeksAhead}`)
  const start = weekStart(week)
  const since = previousBulletinWeek ? weekStart(previousBulletinWeek) : new Date(start.getTime() - 7 * DAY)
  return {
    start,
    eventsUntil: new Date(start.getTime() + weeksAhead * 7 * DAY),
    articlesSince: since < start ? since : new Date(start.getTime() - 7 * DAY),
  }
}

export interface Dated {
  id: string
}

export function eventsInWindow<T extends Dated & { start: string }>(events: T[], window: BulletinWindow): T[] {
  return events
    .filter((e) => {
      const t = new Date(e.start).getTime()
      return t >= window.start.getTime() && t < window.eventsUntil.getTime()
    })
    .sort((a, b) => a.start.localeCompare(b.start))
}

export function articlesInWindow<T extends Dated & { publishedAt?: string | null }>(
  articles: T[],
  window: BulletinWindow,
): T[] {
  return articles
    .filter((a) => {
      if (!a.publishedAt) return false
      const t = new Date(a.publishedAt).getTime()
      return t >= window.articlesSince.getTime() && t < window.start.getTime()
    })
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}

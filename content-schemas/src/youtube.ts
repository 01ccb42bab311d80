const ID = /^[A-Za-z0-9_-]{11}$/
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])

/**
 * The 11-character video id from anything an editor may paste: the id itself, watch URLs,
 * youtu.be short links, /embed/, /shorts/, /live/ and /v/ paths. Returns null when it is not a
 * YouTube video.
 */
export function parseYouTubeId(input: string): string | null {
  const text = input.trim()
  if (ID.test(text)) return text
  let url: URL
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase()
  let candidate: string | null | undefined
  if (host === 'youtu.be') {
    candidate = url.pathname.split('/')[1]
  } else if (YOUTUBE_HOSTS.has(host)) {
    const [first, second] = url.pathname.split('/').filter(Boolean)
    if (first === 'watch') candidate = url.searchParams.get('v')
    else if (first && ['embed', 'shorts', 'live', 'v'].includes(first)) candidate = second
  }
  return candidate && ID.test(candidate) ? candidate : null
}

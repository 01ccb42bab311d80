/**
 * The email body of an issue: HTML through MJML (table layout, inlined CSS, readable without
 * images, colours that survive dark mode) and the plain-text alternative with the same content.
 */
import { t } from '@mirai/content-schemas/i18n'
import mjml2html from 'mjml'

import { NewsletterError, type CardView, type IssueView, type StoryView } from './issue'

/** Gmail clips messages above about 102 KB; staying under 100 KB keeps the footer visible. */
export const HTML_LIMIT_BYTES = 100 * 1024

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// System fonts only: no web font is fetched from anywhere.
const FONT = "-apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans Myanmar', Arial, sans-serif"
// Dark text on white, a blue that keeps 4.5:1 contrast on white and, inverted by a client's dark
// mode, on near-black too.
const INK = '#1a1a1a'
const MUTED = '#555555'
const LINK = '#0b5cad'
const PAPER = '#ffffff'
const BACKDROP = '#eef1f4'

function langWrap(view: IssueView, lang: string, html: string): string {
  return lang === view.lang ? html : `<div lang="${lang}">${html}</div>`
}

function fallbackNote(note: string | null): string {
  return note ? `<p style="margin:0 0 8px;font-size:13px;color:${MUTED};font-style:italic">${escape(note)}</p>` : ''
}

function storyMjml(view: IssueView, story: StoryView): string {
  return `<mj-section background-color="${PAPER}" padding="8px 24px"><mj-column><mj-text>
<p style="margin:0;font-size:13px;letter-spacing:0.05em;text-transform:uppercase;color:${MUTED}">${escape(story.kindLabel)}</p>
${fallbackNote(story.fallbackNote)}${langWrap(view, story.lang, `<h2 style="margin:4px 0 8px;font-size:20px;line-height:1.4">${escape(story.heading)}</h2>${story.html}`)}
</mj-text></mj-column></mj-section>`
}

function cardMjml(view: IssueView, card: CardView): string {
  const title = card.url
    ? `<a href="${escape(card.url)}" style="color:${LINK}">${escape(card.title)}</a>`
    : escape(card.title)
  const image = card.image
    ? `<mj-image src="${escape(card.image.src)}" alt="${escape(card.image.alt)}" width="${Math.min(card.image.width, 552)}px" padding="0 0 8px" ${card.url ? `href="${escape(card.url)}"` : ''} />`
    : ''
  const body = [
    `<h3 style="margin:0 0 4px;font-size:18px;line-height:1.4">${title}</h3>`,
    card.meta.length
      ? `<p style="margin:0 0 4px;font-size:14px;color:${MUTED}">${card.meta.map(escape).join(' · ')}</p>`
      : '',
    card.summary ? `<p style="margin:0 0 4px">${escape(card.summary)}</p>` : '',
  ].join('')
  return `<mj-section background-color="${PAPER}" padding="8px 24px"><mj-column border-left="4px solid ${LINK}" padding-left="12px">${image}<mj-text>
${fallbackNote(card.fallbackNote)}${langWrap(view, card.lang, body)}${card.note ? `<p style="margin:4px 0 0">${escape(card.note)}</p>` : ''}${
    card.url
      ? `<p style="margin:8px 0 0"><a href="${escape(card.url)}" style="color:${LINK}">${escape(t(view.lang, 'article.readMore'))} →</a></p>`
      : ''
  }
</mj-text></mj-column></mj-section>`
}

export function issueMjml(view: IssueView, unsubscribe: string | null): string {
  const sections = view.sections.map((s) => (s.type === 'story' ? storyMjml(view, s) : cardMjml(view, s))).join('\n')
  return `<mjml lang="${view.bcp47}">
<mj-head>
<mj-title>${escape(view.subject)}</mj-title>
${view.preheader ? `<mj-preview>${escape(view.preheader)}</mj-preview>` : ''}
<mj-raw><meta name="color-scheme" content="light dark" /><meta name="supported-color-schemes" content="light dark" /></mj-raw>
<mj-attributes>
<mj-all font-family="${FONT}" />
<mj-text font-size="16px" line-height="1.7" color="${INK}" padding="8px 0" />
</mj-attributes>
<mj-style>
a { color: ${LINK}; }
rt { font-size: 0.6em; }
@media (prefers-color-scheme: dark) {
  .paper, .paper table, .paper td { background: #15181c !important; }
  .paper div, .paper p, .paper h1, .paper h2, .paper h3 { color: #eceff3 !important; }
  .paper a { color: #8cc4ff !important; }
}
</mj-style>
</mj-head>
<mj-body background-color="${BACKDROP}" width="600px" css-class="paper">
<mj-section background-color="${PAPER}" padding="24px 24px 8px"><mj-column><mj-text>
<p style="margin:0;font-size:14px;color:${MUTED}">JP-MIRAI · ${escape(view.kindLabel)} · ${escape(t(view.lang, 'newsletter.issueNumber', { number: view.number }))} · ${escape(view.dateText)}</p>
<h1 style="margin:8px 0 0;font-size:26px;line-height:1.35">${escape(view.subject)}</h1>
</mj-text></mj-column></mj-section>
${view.introHtml ? `<mj-section background-color="${PAPER}" padding="0 24px 8px"><mj-column><mj-text>${view.introHtml}</mj-text></mj-column></mj-section>` : ''}
${sections}
<mj-section background-color="${PAPER}" padding="16px 24px 24px"><mj-column><mj-divider border-color="#d0d5db" border-width="1px" padding="0 0 12px" /><mj-text font-size="13px" color="${MUTED}">
<p style="margin:0 0 4px">${escape(t(view.lang, 'newsletter.footer'))}</p>
<p style="margin:0"><a href="${escape(view.homeUrl)}" style="color:${LINK}">${escape(t(view.lang, 'newsletter.viewSite'))}</a>${
    unsubscribe
      ? ` · <a href="${escape(unsubscribe)}" style="color:${LINK}">${escape(t(view.lang, 'newsletter.unsubscribe'))}</a>`
      : ''
  }</p>
</mj-text></mj-column></mj-section>
</mj-body>
</mjml>`
}

export async function renderHtml(view: IssueView, unsubscribe: string | null): Promise<string> {
  // `fonts: {}`: MJML would otherwise link Google Fonts for some family names.
  const result = await mjml2html(issueMjml(view, unsubscribe), {
    validationLevel: 'strict',
    keepComments: false,
    fonts: {},
  })
  const html = result.html
  const bytes = Buffer.byteLength(html)
  if (bytes >= HTML_LIMIT_BYTES) {
    throw new NewsletterError(
      `The email is ${Math.ceil(bytes / 1024)} KB of HTML; mail clients clip messages over 100 KB. Remove or shorten sections.`,
    )
  }
  return html
}

export function renderText(view: IssueView, unsubscribe: string | null): string {
  const lines: string[] = [
    view.subject,
    `JP-MIRAI · ${view.kindLabel} · ${t(view.lang, 'newsletter.issueNumber', { number: view.number })} · ${view.dateText}`,
    '',
  ]
  if (view.introText) lines.push(view.introText, '')
  for (const section of view.sections) {
    if (section.type === 'story') {
      lines.push(`== ${section.kindLabel}: ${section.heading} ==`)
      if (section.fallbackNote) lines.push(`[${section.fallbackNote}]`)
      lines.push(section.text, '')
    } else {
      lines.push(`* ${section.title}`)
      if (section.fallbackNote) lines.push(`  [${section.fallbackNote}]`)
      if (section.meta.length) lines.push(`  ${section.meta.join(' · ')}`)
      if (section.summary) lines.push(`  ${section.summary}`)
      if (section.note) lines.push(`  ${section.note}`)
      if (section.url) lines.push(`  ${t(view.lang, 'article.readMore')}: ${section.url}`)
      lines.push('')
    }
  }
  lines.push('--', t(view.lang, 'newsletter.footer'), `${t(view.lang, 'newsletter.viewSite')}: ${view.homeUrl}`)
  if (unsubscribe) lines.push(`${t(view.lang, 'newsletter.unsubscribe')}: ${unsubscribe}`)
  return `${lines.join('\n')}\n`
}

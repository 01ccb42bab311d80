/**
 * The issue as one message file (.eml): multipart/alternative with the text and HTML parts in
 * UTF-8, and the headers a sending tool or mail client expects, List-Unsubscribe included.
 */
import MailComposer from 'nodemailer/lib/mail-composer'

import type { IssueView } from './issue'

export interface EmlOptions {
  from: string
  /** mailto: and/or https: addresses for List-Unsubscribe. */
  unsubscribe: string[]
}

/** The headers every copy of an issue carries, in the .eml file and in a test send alike. */
export function issueHeaders(view: IssueView, unsubscribe: string[]): Record<string, string> {
  const https = unsubscribe.some((u) => u.startsWith('https:'))
  return {
    'Content-Language': view.bcp47,
    'List-Unsubscribe': unsubscribe.map((u) => `<${u}>`).join(', '),
    // One-click unsubscribe (RFC 8058) needs an https address to POST to.
    ...(https ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
  }
}

export function buildEml(
  view: IssueView,
  html: string,
  text: string,
  { from, unsubscribe }: EmlOptions,
): Promise<Buffer> {
  const mail = new MailComposer({
    from,
    subject: view.subject,
    text,
    html,
    date: new Date(view.date),
    textEncoding: 'quoted-printable',
    headers: {
      ...issueHeaders(view, unsubscribe),
      'X-JP-MIRAI-Issue': `${view.kind}-${view.number}-${view.lang}`,
    },
  })
  return new Promise((resolve, reject) =>
    mail.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  )
}

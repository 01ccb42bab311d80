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

export function buildEml(view: IssueView, html: string, text: string, { from, unsubscribe }: EmlOptions): Promise<Buffer> {
  const https = unsubscribe.find((u) => u.startsWith('https:'))
  const mail = new MailComposer({
    from,
    subject: view.subject,
    text,
    html,
    date: new Date(view.date),
    textEncoding: 'quoted-printable',
    headers: {
      'Content-Language': view.bcp47,
      'List-Unsubscribe': unsubscribe.map((u) => `<${u}>`).join(', '),
      // One-click unsubscribe (RFC 8058) needs an https address to POST to.
      ...(https ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      'X-JP-MIRAI-Issue': `${view.kind}-${view.number}-${view.lang}`,
    },
  })
  return new Promise((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))))
}

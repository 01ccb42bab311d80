/**
 * Outgoing email through Payload's nodemailer adapter, configured from the environment. Without
 * SMTP_HOST no adapter is set and Payload writes emails to the log instead — never to a
 * third-party test service (the adapter's own fallback would call one).
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SMTP_PORT must be a port number, not "${env.SMTP_PORT}"`)
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM ?? 'noreply@jp-mirai.org',
    defaultFromName: env.EMAIL_FROM_NAME ?? 'JP-MIRAI',
    // Checking the connection at start-up would delay or fail the boot when the mail server is down.
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      // Port 465 speaks TLS from the start; others upgrade with STARTTLS when the server offers it.
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    },
  })
}

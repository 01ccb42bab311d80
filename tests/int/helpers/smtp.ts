/**
 * A real SMTP server on localhost for the tests: what the CMS sends arrives here, parsed.
 */
import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface TestSmtp {
  port: number
  messages: ParsedMail[]
  /** Resolves once `count` messages have arrived (fails after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>
  close: () => Promise<void>
}

export async function startSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    messages,
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs
      while (messages.length < count) {
        if (Date.now() > until)
          throw new Error(
            `expected ${count} email(s), got ${messages.length}: ${messages.map((m) => m.subject).join(' | ')}`,
          )
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return messages
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

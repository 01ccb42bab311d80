import { randomBytes } from 'node:crypto'

/** Letters and digits that are not easily confused when a code is typed from a flyer. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const SITE_CODE_LENGTH = 16

/**
 * A business site's code, printed in the QR code of its flyers: 16 characters from 31 give about
 * 79 bits, far beyond guessing. Drawn without bias (bytes past the last whole multiple are redrawn).
 */
export function newSiteCode(): string {
  let code = ''
  const limit = 256 - (256 % ALPHABET.length)
  while (code.length < SITE_CODE_LENGTH) {
    for (const byte of randomBytes(SITE_CODE_LENGTH * 2)) {
      if (byte >= limit) continue
      code += ALPHABET[byte % ALPHABET.length]
      if (code.length === SITE_CODE_LENGTH) break
    }
  }
  return code
}

export const isSiteCode = (value: unknown): value is string =>
  typeof value === 'string' && value.length === SITE_CODE_LENGTH && [...value].every((c) => ALPHABET.includes(c))

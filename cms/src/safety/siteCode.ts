import { randomBytes } from 'node:crypto'

import { SITE_CODE_ALPHABET, SITE_CODE_LENGTH } from '@mirai/content-schemas/safety-sharing'

export { isSiteCode, SITE_CODE_LENGTH } from '@mirai/content-schemas/safety-sharing'

/**
 * A business site's code, printed in the QR code of its flyers. Drawn without bias (bytes past the
 * last whole multiple of the alphabet are redrawn).
 */
export function newSiteCode(): string {
  let code = ''
  const limit = 256 - (256 % SITE_CODE_ALPHABET.length)
  while (code.length < SITE_CODE_LENGTH) {
    for (const byte of randomBytes(SITE_CODE_LENGTH * 2)) {
      if (byte >= limit) continue
      code += SITE_CODE_ALPHABET[byte % SITE_CODE_ALPHABET.length]
      if (code.length === SITE_CODE_LENGTH) break
    }
  }
  return code
}

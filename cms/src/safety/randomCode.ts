import { randomBytes } from 'node:crypto'

/**
 * `length` characters of `alphabet`, each drawn from the operating system's random source without
 * bias: bytes past the last whole multiple of the alphabet's size are drawn again.
 */
export function randomCode(alphabet: string, length: number): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError('an alphabet has 2 to 256 characters')
  const limit = 256 - (256 % alphabet.length)
  let code = ''
  while (code.length < length)
    for (const byte of randomBytes(length * 2)) {
      if (byte >= limit) continue
      code += alphabet[byte % alphabet.length]
      if (code.length === length) break
    }
  return code
}

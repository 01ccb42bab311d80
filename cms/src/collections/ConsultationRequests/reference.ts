import { randomCode } from '../../safety/randomCode'

/** Capitals and digits without those read as another: no 0, O, 1, I, L, or U (read as V). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUP = 4

/**
 * A consultation request's reference, e.g. "JM-7K2Q-9XWD": what the worker quotes to Assist.
 * Eight characters from 30 are about 39 bits: nobody finds a request by trying references (and a
 * reference opens nothing: requests are read only by Assist's accounts).
 */
export function newReference(): string {
  const code = randomCode(ALPHABET, GROUP * 2)
  return `JM-${code.slice(0, GROUP)}-${code.slice(GROUP)}`
}

const SHAPE = new RegExp(`^JM-[${ALPHABET}]{${GROUP}}-[${ALPHABET}]{${GROUP}}$`)

export const isReference = (value: unknown): value is string => typeof value === 'string' && SHAPE.test(value)

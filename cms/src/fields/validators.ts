/** Field validators shared by several collections. Each returns true or a message for editors. */

export function validateHttpUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return `"${value}" is not a web address: use a full URL starting with https://`
}

export function validateEmail(value: string | null | undefined): true | string {
  if (!value) return true
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? true : `"${value}" is not an email address`
}

/** Japanese and international phone numbers as people write them: digits, spaces, +, -, (). */
export function validatePhone(value: string | null | undefined): true | string {
  if (!value) return true
  return /^\+?[0-9][0-9 ()-]{5,20}$/.test(value) ? true : `"${value}" is not a phone number (digits, spaces, +, - and parentheses only)`
}

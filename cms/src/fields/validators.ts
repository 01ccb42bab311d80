/** Field validators shared by several collections. Each returns true or a message for editors. */

export function validateHttpUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    // Written out in full: `https:example.org` parses, but a browser reads it as a path.
    if ((url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\/[^/\\]/i.test(value) && url.hostname)
      return true
  } catch {
    // fall through to the message
  }
  return `"${value}" is not a web address: use a full URL starting with https://`
}

/** One plain address: no spaces, and nothing a mailto: link would read as more recipients or a subject. */
export function validateEmail(value: string | null | undefined): true | string {
  if (!value) return true
  return /^[^\s@?&#%,;:<>"'()\\/]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value)
    ? true
    : `"${value}" is not an email address`
}

/** Japanese and international phone numbers as people write them: digits, spaces, +, -, (). */
export function validatePhone(value: string | null | undefined): true | string {
  if (!value) return true
  return /^\+?[0-9][0-9 ()-]{5,20}$/.test(value)
    ? true
    : `"${value}" is not a phone number (digits, spaces, +, - and parentheses only)`
}

/** A result the reader chose to keep on the device (localStorage): when, and the items answered "yes". */
export const STORAGE_KEY = 'mirai-safety-result'

export interface Saved {
  at: string
  yes: string[]
}

export function readSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Saved) : null
  } catch {
    return null
  }
}

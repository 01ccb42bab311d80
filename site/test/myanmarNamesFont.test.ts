import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getLocale } from '@mirai/content-schemas/locales'
import { afterAll, describe, expect, it } from 'vitest'

import { myanmarNamesText, writeMyanmarNamesFont } from '../integrations/myanmarNamesFont.mjs'

const dir = mkdtempSync(path.join(tmpdir(), 'mirai-font-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the cut of the Myanmar font for other languages’ pages', () => {
  it('holds the Burmese name of the language, as the locale table spells it', () => {
    expect(myanmarNamesText()).toBe(getLocale('my').nativeName)
  })

  it('is a woff2 of a few kilobytes, written again only when it changes', async () => {
    const file = path.join(dir, 'names.woff2')
    await writeMyanmarNamesFont(file)
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2')
    expect(bytes.length).toBeLessThan(4 * 1024)
    const written = statSync(file).mtimeMs
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeMyanmarNamesFont(file)
    expect(statSync(file).mtimeMs).toBe(written)
  })
})

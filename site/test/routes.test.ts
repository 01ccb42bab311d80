import { readdirSync } from 'node:fs'

import { RESERVED_PAGE_SLUGS } from '@mirai/content-schemas/paths'
import { describe, expect, it } from 'vitest'

describe('reserved page slugs', () => {
  it('name every page the site has directly under /{lang}/, so no organisation page can be shadowed', () => {
    const routes = readdirSync(new URL('../src/pages/[lang]/', import.meta.url))
      .map((entry) => entry.replace(/\.(astro|ts)$/, ''))
      .filter((entry) => !entry.startsWith('[') && entry !== 'index' && !entry.includes('.'))
    expect([...routes].sort()).toEqual([...RESERVED_PAGE_SLUGS].sort())
  })
})

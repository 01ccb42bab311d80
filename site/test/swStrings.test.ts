import { t } from '@mirai/content-schemas/i18n'
import { describe, expect, it } from 'vitest'

import { GET } from '../src/pages/sw-strings.json'

describe('what the service worker is given', () => {
  it('has each language’s pinned pages from the path rules and its saved note in pieces around the date', async () => {
    const { notes } = await GET().json()
    expect(notes.vi).toMatchObject({ homePath: '/vi/', safetyPath: '/vi/safety/' })
    // The worker joins the pieces with the date: the same text t() fills.
    expect(notes.vi.saved.join('1 tháng 3')).toBe(t('vi', 'offline.saved', { date: '1 tháng 3' }))
    expect(notes.ja.saved.join('3月1日')).toBe(t('ja', 'offline.saved', { date: '3月1日' }))
  })
})

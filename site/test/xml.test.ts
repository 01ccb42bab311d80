import { describe, expect, it } from 'vitest'

import { xmlText } from '../src/lib/xml'

describe('text in the site’s XML files', () => {
  it('is escaped and keeps no character XML forbids, so one bad title cannot break a feed', () => {
    expect(xmlText('A\u000bB & <C> "D"\u0000\uffff')).toBe('AB &amp; &lt;C&gt; &quot;D&quot;')
    expect(xmlText('ミャンマー 🇲🇲 tiếng Việt\ttab\nline')).toBe('ミャンマー 🇲🇲 tiếng Việt\ttab\nline')
    expect(xmlText('lone \ud800 surrogate')).toBe('lone  surrogate')
  })
})

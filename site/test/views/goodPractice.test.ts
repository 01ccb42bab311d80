import { describe, expect, it } from 'vitest'

import { goodPracticeCard, goodPracticeView } from '../../src/lib/views/goodPractice'
import { goodPractice } from '../fixtures/views'

describe('good practice view', () => {
  it('names the organisation and the commitments in the page’s language', () => {
    const view = goodPracticeView(goodPractice, 'vi')
    expect(view.organisation).toEqual({ name: 'Sakura', lang: 'en', website: 'https://sakura.example' })
    expect(view.commitments).toEqual([{ number: 1, label: expect.any(String) }])
    expect(view).toMatchObject({ number: 13, href: '/vi/good-practices/good-practice-13/', isFallback: true })
  })

  it('gives a card with the number label it is given', () => {
    expect(goodPracticeCard(goodPractice, 'ja', 'No. 13')).toMatchObject({ meta: 'No. 13', title: '取組' })
  })
})

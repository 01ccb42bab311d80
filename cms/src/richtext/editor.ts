import {
  BlocksFeature,
  FixedToolbarFeature,
  lexicalEditor,
  LinkFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

/** Collections a link in rich text may point to; each has a public page on the site. */
export const LINKABLE_COLLECTIONS = ['articles', 'videos', 'countries', 'good-practices', 'events', 'pages'] as const

/**
 * Furigana: an inline element holding the base text and its reading. The shared converter
 * (content-schemas/richtext) renders it as <ruby>base<rp>(</rp><rt>reading</rt><rp>)</rp></ruby>.
 */
export const RubyInlineBlock: Block = {
  slug: 'ruby',
  labels: { singular: { en: 'Furigana', ja: 'ふりがな' }, plural: { en: 'Furigana', ja: 'ふりがな' } },
  fields: [
    {
      name: 'base',
      type: 'text',
      required: true,
      label: { en: 'Text (kanji)', ja: '漢字' },
    },
    {
      name: 'reading',
      type: 'text',
      required: true,
      label: { en: 'Reading (kana)', ja: 'よみがな' },
      validate: (value: string | null | undefined) =>
        !value || /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u.test(value)
          ? true
          : 'The reading must be written in hiragana or katakana',
    },
  ],
}

export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((f) => !['link', 'upload', 'relationship'].includes(f.key)),
    FixedToolbarFeature(),
    LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS], maxDepth: 1 }),
    UploadFeature({ enabledCollections: ['media'], maxDepth: 1 }),
    BlocksFeature({ inlineBlocks: [RubyInlineBlock] }),
  ],
})

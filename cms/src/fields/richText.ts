import type { RichTextField } from 'payload'

import { contentEditor } from '../richtext/editor'

/** Localized Lexical rich text with furigana and internal links (see richtext/editor.ts). */
export function richTextField(
  name: string,
  overrides: Partial<Omit<RichTextField, 'type' | 'name'>> = {},
): RichTextField {
  return {
    name,
    type: 'richText',
    localized: true,
    editor: contentEditor,
    ...overrides,
  } as RichTextField
}

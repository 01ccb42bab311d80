/**
 * Serialized Lexical nodes as Payload 3 stores them in a rich-text field (`{ root: { type: 'root', … } }`).
 * Only the properties the converters read are listed; Lexical also stores `version`, `detail`,
 * `mode`, `style`, `textFormat` and others, which are ignored.
 */

/** Payload document ids are strings (MongoDB) or numbers (SQL adapters). */
export type DocumentId = string | number

/** A related document as stored (just the id) or populated by Payload (`depth` > 0). */
export type DocumentValue = DocumentId | PopulatedDocument

export interface PopulatedDocument {
  readonly id: DocumentId
  readonly slug?: string
  readonly [key: string]: unknown
}

export interface DocumentReference {
  readonly relationTo: string
  readonly value: DocumentValue
}

export type ElementFormat = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'

interface ElementNode<Type extends string, Child> {
  readonly type: Type
  readonly children: readonly Child[]
  readonly format?: ElementFormat
  readonly indent?: number
  readonly direction?: 'ltr' | 'rtl' | null
}

/** Bits of `TextNode.format`. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

export interface TextNode {
  readonly type: 'text'
  readonly text: string
  /** Bitmask of {@link TEXT_FORMAT}. */
  readonly format: number
}

export interface LineBreakNode {
  readonly type: 'linebreak'
}

export interface TabNode {
  readonly type: 'tab'
}

export interface LinkFields {
  readonly linkType?: 'custom' | 'internal'
  readonly url?: string
  readonly newTab?: boolean
  readonly doc?: DocumentReference | null
}

export interface LinkNode extends ElementNode<'link', InlineNode> {
  readonly fields: LinkFields
}

export interface AutoLinkNode extends ElementNode<'autolink', InlineNode> {
  readonly fields: LinkFields
}

export interface BlockFields {
  readonly blockType: string
  readonly id?: string
  readonly blockName?: string
  readonly [key: string]: unknown
}

/** Furigana, the inline block defined in cms/src/richtext/editor.ts. */
export interface RubyFields extends BlockFields {
  readonly blockType: 'ruby'
  readonly base: string
  readonly reading?: string
}

export interface InlineBlockNode {
  readonly type: 'inlineBlock'
  readonly fields: BlockFields
}

export type InlineNode = TextNode | LineBreakNode | TabNode | LinkNode | AutoLinkNode | InlineBlockNode

export type ParagraphNode = ElementNode<'paragraph', InlineNode>

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

export interface HeadingNode extends ElementNode<'heading', InlineNode> {
  readonly tag: HeadingTag
}

export type QuoteNode = ElementNode<'quote', InlineNode>

export interface ListNode extends ElementNode<'list', ListItemNode> {
  readonly listType: 'bullet' | 'number' | 'check'
  readonly tag: 'ul' | 'ol'
  readonly start?: number
}

/** A nested list is stored as a list item whose only child is the inner list. */
export interface ListItemNode extends ElementNode<'listitem', InlineNode | ListNode> {
  readonly value: number
  readonly checked?: boolean
}

export interface HorizontalRuleNode {
  readonly type: 'horizontalrule'
}

export interface UploadNode {
  readonly type: 'upload'
  readonly relationTo: string
  readonly value: DocumentValue
  /** Extra fields configured on the upload feature (e.g. a caption). */
  readonly fields?: Readonly<Record<string, unknown>>
}

export interface RelationshipNode {
  readonly type: 'relationship'
  readonly relationTo: string
  readonly value: DocumentValue
}

export interface BlockNode {
  readonly type: 'block'
  readonly fields: BlockFields
  readonly format?: ElementFormat
}

export type BlockLevelNode =
  ParagraphNode | HeadingNode | QuoteNode | ListNode | HorizontalRuleNode | UploadNode | RelationshipNode | BlockNode

export type RootNode = ElementNode<'root', BlockLevelNode>

export type RichTextNode = RootNode | BlockLevelNode | ListItemNode | InlineNode

/** The value of a Payload rich-text field. */
export interface SerializedRichText {
  readonly root: RootNode
}

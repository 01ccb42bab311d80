/**
 * A translation unit's text as XLIFF segments, and back. Pure: no XML here (format.ts writes and
 * reads it), only the mapping between Lexical JSON and segments of text and inline codes.
 *
 * Rich text becomes one segment per text block (paragraph, heading, quote, list item); what is
 * not text (uploads, rules, blocks) is not exported and stays as the source has it. Formatting,
 * links, furigana, line breaks and tabs are inline codes: a CAT tool may move them within their
 * segment but not change, drop, duplicate or invent them. On import the codes' content is the
 * server's — what a code stands for (a link's target, a furigana's reading) is taken from the
 * current source, never from the file, so a file cannot smuggle a link or markup in.
 */
import type { LocaleCode } from '@mirai/content-schemas/locales'
import { textNode } from '@mirai/content-schemas/richtext'

import type { TranslationUnit } from '../units'

/** Segment content: text, or an inline code (`pc` spans content, `ph` stands alone). */
export type Piece = { text: string } | { code: string; element: 'pc' | 'ph'; children: Piece[] }

export type CodeKind = 'fmt' | 'link' | 'ruby' | 'inline' | 'linebreak' | 'tab'

export interface Code {
  id: string
  element: 'pc' | 'ph'
  kind: CodeKind
  /** The node the code stands for: for `pc` without its children (they are the segment's text). */
  node: Record<string, unknown>
  /** What a translator sees of the code in a CAT tool (XLIFF originalData). */
  start: string
  end?: string
  /** A short description (XLIFF `disp`). */
  disp?: string
}

export interface Segment {
  id: string
  source: Piece[]
  target: Piece[] | null
  /** Child indices from the rich text's root to the block this segment is the text of. */
  at: number[]
}

export interface ExportedUnit {
  id: string
  field: string
  /** What the text is and where readers see it, for the translator (a note the import ignores). */
  description?: string
  type: TranslationUnit['type']
  segments: Segment[]
  codes: Map<string, Code>
}

type Node = Record<string, unknown> & { type?: unknown; children?: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Node).type === 'string'

const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])
const FORMAT_TAGS: [number, string][] = [
  [1, 'b'],
  [2, 'i'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

const tagsOf = (format: number) => FORMAT_TAGS.filter(([bit]) => format & bit).map(([, tag]) => tag)

/** Gives every code and segment of one unit its own id (XLIFF 2 wants them unique per unit). */
class Ids {
  private n = 0
  next = (prefix: string) => `${prefix}${++this.n}`
}

function withoutChildren(node: Node): Record<string, unknown> {
  const { children: _children, ...rest } = node
  return rest
}

function inlinePieces(nodes: Node[], ids: Ids, codes: Map<string, Code>): Piece[] {
  const pieces: Piece[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = typeof node.text === 'string' ? node.text : ''
      const format = typeof node.format === 'number' ? node.format : 0
      if (format === 0 || text === '') {
        if (text) pieces.push({ text })
        continue
      }
      const id = ids.next('f')
      const tags = tagsOf(format)
      codes.set(id, {
        id,
        element: 'pc',
        kind: 'fmt',
        node: { ...node, text: '' },
        start: tags.map((t) => `<${t}>`).join(''),
        end: [...tags]
          .reverse()
          .map((t) => `</${t}>`)
          .join(''),
        disp: tags.join('+'),
      })
      pieces.push({ code: id, element: 'pc', children: [{ text }] })
    } else if (node.type === 'link' || node.type === 'autolink') {
      const id = ids.next('a')
      const fields = (node.fields ?? {}) as {
        linkType?: string
        url?: string
        doc?: { relationTo?: string; value?: unknown }
      }
      const target =
        fields.linkType === 'internal' && fields.doc
          ? `${fields.doc.relationTo}:${typeof fields.doc.value === 'object' && fields.doc.value ? (fields.doc.value as { id?: unknown }).id : fields.doc.value}`
          : (fields.url ?? '')
      codes.set(id, {
        id,
        element: 'pc',
        kind: 'link',
        node: withoutChildren(node),
        start: `<a href="${target}">`,
        end: '</a>',
        disp: target,
      })
      pieces.push({ code: id, element: 'pc', children: inlinePieces(childrenOf(node), ids, codes) })
    } else if (node.type === 'linebreak' || node.type === 'tab') {
      const id = ids.next(node.type === 'tab' ? 't' : 'br')
      codes.set(id, {
        id,
        element: 'ph',
        kind: node.type,
        node,
        start: node.type === 'tab' ? '\t' : '<br/>',
        disp: node.type === 'tab' ? '\t' : '\n',
      })
      pieces.push({ code: id, element: 'ph', children: [] })
    } else {
      // Furigana and any other inline node: one placeholder that carries the node unchanged.
      const fields = (node.fields ?? {}) as { blockType?: unknown; base?: unknown; reading?: unknown }
      const ruby = node.type === 'inlineBlock' && fields.blockType === 'ruby'
      const id = ids.next(ruby ? 'r' : 'x')
      const base = String(fields.base ?? '')
      const reading = String(fields.reading ?? '')
      codes.set(id, {
        id,
        element: 'ph',
        kind: ruby ? 'ruby' : 'inline',
        node,
        start: ruby ? `<ruby>${base}<rt>${reading}</rt></ruby>` : JSON.stringify(node),
        disp: ruby ? `${base}(${reading})` : String(node.type),
      })
      pieces.push({ code: id, element: 'ph', children: [] })
    }
  }
  return pieces
}

/** The text blocks of a rich-text value, depth first, each with its place in the tree. */
function textBlocks(value: unknown): { node: Node; at: number[] }[] {
  const root = isNode((value as { root?: unknown } | null)?.root) ? ((value as { root: Node }).root as Node) : null
  const out: { node: Node; at: number[] }[] = []
  const visit = (node: Node, at: number[]) => {
    childrenOf(node).forEach((child, i) => {
      const here = [...at, i]
      if (child.type === 'list') visit(child, here)
      else if (TEXT_BLOCKS.has(String(child.type))) {
        if (childrenOf(child).some((c) => c.type === 'list')) visit(child, here)
        else out.push({ node: child, at: here })
      }
    })
  }
  if (root) visit(root, [])
  return out
}

const hasWords = (pieces: Piece[]): boolean =>
  pieces.some((p) => ('text' in p ? p.text.trim() !== '' : p.element === 'ph' || hasWords(p.children)))

/**
 * A unit as segments: its source text and, where the target language has text of the same shape,
 * that text as the target. Null when the source has nothing to translate.
 */
export function exportUnit(unit: TranslationUnit, source: LocaleCode, target: LocaleCode): ExportedUnit | null {
  const ids = new Ids()
  const codes = new Map<string, Code>()
  const segments: Segment[] = []
  if (unit.type === 'richText') {
    const targetCodes = new Map<string, Code>()
    const targetIds = new Ids()
    const targetBlocks = textBlocks(unit.values[target])
    const sourceBlocks = textBlocks(unit.values[source])
    const sourceShape = sourceBlocks.map((b) => b.at.join('.')).join(',')
    // An existing translation is offered only if its blocks are where the source's are: otherwise
    // which target belongs to which segment would be a guess.
    const sameShape = targetBlocks.map((b) => b.at.join('.')).join(',') === sourceShape
    sourceBlocks.forEach((block, i) => {
      const pieces = inlinePieces(childrenOf(block.node), ids, codes)
      const existing = sameShape ? inlinePieces(childrenOf(targetBlocks[i]!.node), targetIds, targetCodes) : null
      if (!hasWords(pieces)) return
      segments.push({
        id: ids.next('s'),
        source: pieces,
        target: existing && hasWords(existing) ? alignCodes(existing, pieces, targetCodes, codes) : null,
        at: block.at,
      })
    })
  } else {
    const text = unit.values[source]
    if (typeof text !== 'string' || text.trim() === '') return null
    const existing = unit.values[target]
    segments.push({
      id: 's1',
      source: [{ text }],
      target: typeof existing === 'string' && existing !== '' ? [{ text: existing }] : null,
      at: [],
    })
  }
  if (segments.length === 0) return null
  return { id: unit.path, field: unit.field, type: unit.type, segments, codes }
}

/**
 * An existing translation's pieces with its codes renamed to the source segment's, when both have
 * the same codes in the same order (the usual case: the translator kept the links and
 * furigana). Otherwise the target is left out, since the import would refuse it.
 */
function alignCodes(
  target: Piece[],
  source: Piece[],
  targetCodes: Map<string, Code>,
  codes: Map<string, Code>,
): Piece[] | null {
  const order = (pieces: Piece[], out: string[] = []): string[] => {
    for (const p of pieces) if ('code' in p) out.push(p.code, ...order(p.children))
    return out
  }
  const from = order(target)
  const to = order(source)
  const same =
    from.length === to.length &&
    from.every((id, i) => {
      const a = targetCodes.get(id)!
      const b = codes.get(to[i]!)!
      return a.kind === b.kind && a.start === b.start
    })
  if (!same) return null
  const rename = new Map(from.map((id, i) => [id, to[i]!]))
  const walk = (pieces: Piece[]): Piece[] =>
    pieces.map((p) => ('code' in p ? { ...p, code: rename.get(p.code)!, children: walk(p.children) } : p))
  return walk(target)
}

/** Why a target's codes are not the source segment's, or null when each appears exactly once. */
export function codeProblem(target: Piece[], segment: Segment, codes: Map<string, Code>): string | null {
  const expected = new Map<string, 'pc' | 'ph'>()
  const collect = (pieces: Piece[]) => {
    for (const p of pieces)
      if ('code' in p) {
        expected.set(p.code, p.element)
        collect(p.children)
      }
  }
  collect(segment.source)
  const seen = new Set<string>()
  const check = (pieces: Piece[]): string | null => {
    for (const p of pieces) {
      if (!('code' in p)) continue
      const want = expected.get(p.code)
      if (!want || !codes.has(p.code))
        return `segment ${segment.id}: inline code "${p.code}" is not in the source (codes cannot be added or renamed)`
      if (want !== p.element)
        return `segment ${segment.id}: inline code "${p.code}" must stay a <${want}>, not a <${p.element}>`
      if (seen.has(p.code)) return `segment ${segment.id}: inline code "${p.code}" appears more than once`
      seen.add(p.code)
      const inner = check(p.children)
      if (inner) return inner
    }
    return null
  }
  const problem = check(target)
  if (problem) return problem
  const missing = [...expected.keys()].filter((id) => !seen.has(id))
  if (missing.length > 0)
    return `segment ${segment.id}: inline code${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} removed (every code of the source must stay)`
  return null
}

/** Lexical inline nodes for checked target pieces; codes are rebuilt from the server's `codes`. */
function nodesOf(pieces: Piece[], codes: Map<string, Code>, template: Record<string, unknown> | null): unknown[] {
  const out: unknown[] = []
  const pushText = (text: string) => {
    const last = out[out.length - 1] as { type?: string; text?: string; __t?: unknown } | undefined
    if (last && last.type === 'text' && last.__t === template) last.text += text
    else out.push(Object.assign(template ? { ...template, text } : textNode(text), { __t: template }))
  }
  for (const piece of pieces) {
    if ('text' in piece) {
      if (piece.text) pushText(piece.text)
      continue
    }
    const code = codes.get(piece.code)!
    if (code.kind === 'fmt') out.push(...nodesOf(piece.children, codes, code.node))
    else if (code.kind === 'link')
      out.push({ ...structuredClone(code.node), children: nodesOf(piece.children, codes, template) })
    else out.push(structuredClone(code.node))
  }
  return out
}

const dropMarks = (nodes: unknown[]): unknown[] =>
  nodes.map((n) => {
    if (typeof n !== 'object' || n === null) return n
    const { __t: _t, ...rest } = n as Record<string, unknown>
    return Array.isArray(rest.children) ? { ...rest, children: dropMarks(rest.children) } : rest
  })

/**
 * The unit's new value in the target language: text units the target text; rich text the source
 * value with each segment's block holding the target's text instead (segments left out keep
 * nothing of the source: a block without a target has no text).
 */
export function valueOf(unit: ExportedUnit, sourceValue: unknown, targets: Map<string, Piece[]>): unknown {
  if (unit.type !== 'richText') {
    const pieces = targets.get('s1') ?? []
    return pieces.map((p) => ('text' in p ? p.text : '')).join('')
  }
  const value = structuredClone(sourceValue) as { root: Node }
  for (const segment of unit.segments) {
    let node: Node = value.root
    for (const i of segment.at) node = childrenOf(node)[i]!
    node.children = dropMarks(nodesOf(targets.get(segment.id) ?? [], unit.codes, null))
  }
  return value
}

/** A value reduced to what a reader sees, to tell an import that changes nothing. */
export function comparable(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (typeof v !== 'object' || v === null) return v
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort())
      if (!['version', 'direction', 'indent', 'textFormat', 'textStyle', 'detail', 'mode', 'style', 'id'].includes(key))
        out[key] = strip((v as Record<string, unknown>)[key])
    return out
  }
  if (value === null || value === undefined || value === '') return ''
  return JSON.stringify(strip(value))
}

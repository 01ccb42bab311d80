/**
 * XLIFF 2.1 files: written and read with @xmldom/xmldom, a maintained W3C DOM implementation
 * (the DOM keeps mixed content — text and inline codes in order — which is what a segment is, and
 * its serializer escapes text and attributes). Reading is strict: any parser warning or error
 * refuses the file, and a DOCTYPE is refused outright — XLIFF 2 has no DTD, and xmldom never
 * fetches external entities nor expands declared ones, so an entity bomb or an external entity
 * is an error, not a expansion.
 */
import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'

import type { ExportedUnit, Piece } from './inline'

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
/** Notes' categories: what the import checks the file against. */
export const NOTE = {
  collection: 'mirai:collection',
  id: 'mirai:id',
  title: 'mirai:title',
  revision: 'mirai:source-revision',
  field: 'mirai:field',
  description: 'mirai:description',
} as const

export class XliffError extends Error {}

export interface XliffDocument {
  /** `collection:id`. */
  id: string
  notes: Record<string, string>
  units: ExportedUnit[]
}

export interface XliffBatch {
  srcLang: string
  trgLang: string
  files: XliffDocument[]
}

// Characters XML 1.0 cannot carry at all; XLIFF writes them as <cp hex="…"/>.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function writeXliff(batch: XliffBatch): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null)
  const root = doc.documentElement!
  root.setAttribute('version', '2.1')
  root.setAttribute('srcLang', batch.srcLang)
  root.setAttribute('trgLang', batch.trgLang)
  const el = (name: string, attrs: Record<string, string | undefined> = {}) => {
    const e = doc.createElementNS(XLIFF_NS, name)
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v)
    return e
  }
  const text = (parent: Element, value: string) => {
    let last = 0
    for (const match of value.matchAll(NOT_XML)) {
      if (match.index > last) parent.appendChild(doc.createTextNode(value.slice(last, match.index)))
      const cp = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
      parent.appendChild(el('cp', { hex: cp }))
      last = match.index + match[0].length
    }
    if (last < value.length) parent.appendChild(doc.createTextNode(value.slice(last)))
  }
  const indent = (parent: Element, depth: number) => parent.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)))
  const notes = (parent: Element, entries: [string, string][], depth: number) => {
    const n = el('notes')
    for (const [category, value] of entries) {
      indent(n, depth + 1)
      const note = el('note', { category })
      text(note, value)
      n.appendChild(note)
    }
    indent(n, depth)
    parent.appendChild(n)
  }

  for (const file of batch.files) {
    indent(root, 1)
    const f = el('file', { id: file.id })
    root.appendChild(f)
    indent(f, 2)
    notes(f, Object.entries(file.notes), 2)
    for (const unit of file.units) {
      indent(f, 2)
      const u = el('unit', { id: unit.id, name: unit.field })
      f.appendChild(u)
      indent(u, 3)
      notes(
        u,
        [
          [NOTE.field, unit.field],
          ...(unit.description ? [[NOTE.description, unit.description] as [string, string]] : []),
        ],
        3,
      )
      if (unit.codes.size > 0) {
        indent(u, 3)
        const data = el('originalData')
        u.appendChild(data)
        for (const code of unit.codes.values()) {
          for (const [suffix, value] of [
            ['', code.start],
            ['e', code.end],
          ] as const) {
            if (value === undefined) continue
            indent(data, 4)
            const d = el('data', { id: `d${code.id}${suffix}` })
            text(d, value)
            data.appendChild(d)
          }
        }
        indent(data, 3)
      }
      const pieces = (parent: Element, list: Piece[]) => {
        for (const p of list) {
          if ('text' in p) {
            text(parent, p.text)
            continue
          }
          const code = unit.codes.get(p.code)!
          const kind =
            code.kind === 'fmt' || code.kind === 'linebreak' || code.kind === 'tab'
              ? 'fmt'
              : code.kind === 'link'
                ? 'link'
                : 'other'
          const subType =
            code.kind === 'linebreak'
              ? 'xlf:lb'
              : code.kind === 'fmt'
                ? undefined
                : code.kind === 'link'
                  ? undefined
                  : `mirai:${code.kind}`
          const attrs =
            p.element === 'pc'
              ? {
                  id: p.code,
                  type: kind,
                  subType,
                  dataRefStart: `d${p.code}`,
                  dataRefEnd: `d${p.code}e`,
                  dispStart: code.disp,
                  canDelete: 'no',
                  canCopy: 'no',
                }
              : {
                  id: p.code,
                  type: kind,
                  subType,
                  dataRef: `d${p.code}`,
                  disp: code.disp,
                  canDelete: 'no',
                  canCopy: 'no',
                }
          const c = el(p.element, attrs)
          parent.appendChild(c)
          pieces(c, p.children)
        }
      }
      for (const segment of unit.segments) {
        indent(u, 3)
        const s = el('segment', { id: segment.id, state: segment.target ? 'translated' : 'initial' })
        u.appendChild(s)
        indent(s, 4)
        const src = el('source')
        src.setAttributeNS(XML_NS, 'xml:space', 'preserve')
        pieces(src, segment.source)
        s.appendChild(src)
        if (segment.target) {
          indent(s, 4)
          const trg = el('target')
          trg.setAttributeNS(XML_NS, 'xml:space', 'preserve')
          pieces(trg, segment.target)
          s.appendChild(trg)
        }
        indent(s, 3)
      }
      indent(u, 2)
    }
    indent(f, 1)
  }
  indent(root, 0)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}

/** What a file says, read without trusting it: every value is checked by the import. */
export interface ParsedUnit {
  id: string
  notes: Record<string, string>
  segments: { id: string; target: Piece[] | null }[]
  /** Why this unit's content cannot be read (an element a segment may not hold). */
  problem: string | null
}

export interface ParsedFile {
  id: string
  notes: Record<string, string>
  units: ParsedUnit[]
}

export interface ParsedXliff {
  srcLang: string
  trgLang: string
  files: ParsedFile[]
}

const children = (e: Element, name?: string): Element[] => {
  const out: Element[] = []
  for (let n = e.firstChild; n; n = n.nextSibling)
    if (n.nodeType === n.ELEMENT_NODE && (!name || (n as Element).localName === name)) out.push(n as Element)
  return out
}

const xliffChildren = (e: Element, name: string) => children(e, name).filter((c) => c.namespaceURI === XLIFF_NS)

function notesOf(e: Element): Record<string, string> {
  const out: Record<string, string> = {}
  for (const notes of xliffChildren(e, 'notes'))
    for (const note of xliffChildren(notes, 'note')) {
      const category = note.getAttribute('category')
      if (category && !(category in out)) out[category] = note.textContent ?? ''
    }
  return out
}

/** A segment's target as pieces; throws XliffError naming what it cannot hold. */
function piecesOf(e: Element): Piece[] {
  const out: Piece[] = []
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === n.TEXT_NODE || n.nodeType === n.CDATA_SECTION_NODE) {
      out.push({ text: n.nodeValue ?? '' })
      continue
    }
    if (n.nodeType === n.COMMENT_NODE || n.nodeType === n.PROCESSING_INSTRUCTION_NODE) continue
    if (n.nodeType !== n.ELEMENT_NODE) throw new XliffError(`unexpected content in a <target>`)
    const c = n as Element
    const name = c.localName ?? ''
    if (c.namespaceURI !== XLIFF_NS)
      throw new XliffError(`<${c.nodeName}> is not an XLIFF element and cannot be in a <target>`)
    if (name === 'pc' || name === 'ph') {
      const id = c.getAttribute('id')
      if (!id) throw new XliffError(`a <${name}> in a <target> has no id`)
      if (name === 'ph' && c.firstChild) throw new XliffError(`<ph id="${id}"> must be empty`)
      out.push({ code: id, element: name, children: name === 'pc' ? piecesOf(c) : [] })
    } else if (name === 'mrk') {
      // Annotations a CAT tool adds (terms, comments) mark text; the text is what counts.
      out.push(...piecesOf(c))
    } else if (name === 'cp') {
      const hex = c.getAttribute('hex') ?? ''
      const cp = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN
      if (!Number.isFinite(cp) || cp > 0x10ffff)
        throw new XliffError(`<cp hex="${hex.slice(0, 10)}"> is not a code point`)
      out.push({ text: String.fromCodePoint(cp) })
    } else if (name === 'sc' || name === 'ec' || name === 'sm' || name === 'em') {
      throw new XliffError(`<${name}>: split inline codes are not supported; keep each <pc> whole`)
    } else throw new XliffError(`<${name}> cannot be in a <target>`)
  }
  return out
}

function parseUnit(u: Element): ParsedUnit {
  const unit: ParsedUnit = { id: u.getAttribute('id') ?? '', notes: notesOf(u), segments: [], problem: null }
  try {
    for (const s of children(u).filter((c) => c.namespaceURI === XLIFF_NS)) {
      if (s.localName === 'ignorable' || s.localName === 'notes' || s.localName === 'originalData') continue
      if (s.localName !== 'segment') throw new XliffError(`<${s.localName}> cannot be in a <unit>`)
      const targets = xliffChildren(s, 'target')
      if (targets.length > 1) throw new XliffError(`segment ${s.getAttribute('id')} has more than one <target>`)
      unit.segments.push({ id: s.getAttribute('id') ?? '', target: targets[0] ? piecesOf(targets[0]) : null })
    }
  } catch (error) {
    if (!(error instanceof XliffError)) throw error
    unit.problem = error.message
  }
  return unit
}

/** Reads an XLIFF 2.x file; throws XliffError (with the reason) for anything that is not one. */
export function parseXliff(xml: string): ParsedXliff {
  let doc: Document
  let first: string | null = null
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        first ??= `${level === 'fatalError' ? 'fatal error' : level}: ${String(message).split('\n')[0]}`
        throw new XliffError(first)
      },
    }).parseFromString(xml, 'text/xml')
  } catch (error) {
    const message = first ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
    throw new XliffError(`The file is not well-formed XML (${message}); nothing was imported.`)
  }
  if (doc.doctype) throw new XliffError('The file has a DOCTYPE, which XLIFF files never need; it was not read.')
  const root = doc.documentElement
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NS)
    throw new XliffError(`The file is not XLIFF 2 (its root must be <xliff xmlns="${XLIFF_NS}">)`)
  const version = root.getAttribute('version')
  if (version !== '2.0' && version !== '2.1')
    throw new XliffError(`XLIFF version "${version ?? ''}" is not supported (2.0 or 2.1 only)`)
  const srcLang = root.getAttribute('srcLang') ?? ''
  const trgLang = root.getAttribute('trgLang') ?? ''
  if (!trgLang) throw new XliffError('The file has no trgLang: say which language it is a translation into')
  const files: ParsedFile[] = []
  for (const f of xliffChildren(root, 'file')) {
    const units: ParsedUnit[] = []
    const walk = (e: Element) => {
      for (const c of children(e).filter((c) => c.namespaceURI === XLIFF_NS)) {
        if (c.localName === 'unit') units.push(parseUnit(c))
        else if (c.localName === 'group') walk(c)
      }
    }
    walk(f)
    files.push({ id: f.getAttribute('id') ?? '', notes: notesOf(f), units })
  }
  if (files.length === 0) throw new XliffError('The file holds no <file> element: there is nothing to import')
  return { srcLang, trgLang, files }
}

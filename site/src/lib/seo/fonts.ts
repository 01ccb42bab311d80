/**
 * The self-hosted fonts (@fontsource packages from npm) as fonts a shaper can load: which of a
 * package's unicode-range subsets a text needs, read from the package's own CSS, and each WOFF
 * (1.0) file turned back into the TrueType/OpenType font it wraps (its tables are zlib streams).
 * Nothing is fetched: a font that is not installed is an error naming the package.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { inflateSync } from 'node:zlib'

/** One @font-face of a package's CSS: a subset of the font for some code points. */
export interface FontFace {
  family: string
  weight: number
  /** The WOFF 1.0 file of the subset, relative to the package. */
  woff: string
  /** Inclusive code point ranges the subset covers. */
  ranges: [number, number][]
}

/** Parses the @font-face rules of an @fontsource CSS file (`700.css`, `latin-400.css`, …). */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = []
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const family = /font-family:\s*'([^']+)'/.exec(body!)?.[1]
    const weight = Number(/font-weight:\s*(\d+)/.exec(body!)?.[1])
    const woff = /url\(\.\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(body!)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1]
    if (!family || !woff || !Number.isFinite(weight)) continue
    const ranges: [number, number][] = range
      ? range.split(',').map((part) => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
          const start = parseInt(from!, 16)
          return [start, to ? parseInt(to, 16) : start]
        })
      : [[0, 0x10ffff]]
    faces.push({ family, weight, woff, ranges })
  }
  return faces
}

const covers = (face: FontFace, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b)

/** The subsets `text` needs: each face that covers at least one of its characters. */
export function facesFor(text: string, faces: readonly FontFace[]): FontFace[] {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!))
  return faces.filter((face) => [...codePoints].some((cp) => covers(face, cp)))
}

/** Characters of `text` no face covers (spacing and control characters aside): they would not render. */
export function uncovered(text: string, faces: readonly FontFace[]): string[] {
  return [...new Set([...text])].filter((c) => /\S/u.test(c) && !faces.some((f) => covers(f, c.codePointAt(0)!)))
}

/**
 * The font inside a WOFF 1.0 file (W3C WOFF, section 4–5): the table directory rewritten as an
 * sfnt one, each table inflated when it is stored compressed, 4-byte aligned as sfnt requires.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 file')
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  if (44 + numTables * 20 > woff.length) throw new Error('WOFF table directory runs past the end of the file')
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20
    const entry = {
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      compLength: woff.readUInt32BE(at + 8),
      origLength: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    }
    if (entry.offset + entry.compLength > woff.length) throw new Error('WOFF table runs past the end of the file')
    const stored = woff.subarray(entry.offset, entry.offset + entry.compLength)
    const data = entry.compLength < entry.origLength ? inflateSync(stored) : stored
    if (data.length !== entry.origLength) throw new Error('WOFF table does not inflate to its recorded length')
    return { ...entry, data }
  })
  const entrySelector = Math.floor(Math.log2(numTables || 1))
  const searchRange = 2 ** entrySelector * 16
  const header = Buffer.alloc(12 + numTables * 16)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(numTables, 4)
  header.writeUInt16BE(searchRange, 6)
  header.writeUInt16BE(entrySelector, 8)
  header.writeUInt16BE(numTables * 16 - searchRange, 10)
  const chunks: Buffer[] = [header]
  let offset = header.length
  tables.forEach((table, i) => {
    const record = 12 + i * 16
    header.writeUInt32BE(table.tag, record)
    header.writeUInt32BE(table.checksum, record + 4)
    header.writeUInt32BE(offset, record + 8)
    header.writeUInt32BE(table.origLength, record + 12)
    const padded = Buffer.alloc((table.origLength + 3) & ~3)
    table.data.copy(padded)
    chunks.push(padded)
    offset += padded.length
  })
  return Buffer.concat(chunks)
}

/** An installed @fontsource package: its folder and its faces of one weight. */
export function fontPackage(name: string, weight: number): { dir: string; faces: FontFace[] } {
  // From the site's folder (the build's working directory) first: a bundled chunk of the build may
  // sit in an output folder outside the project, where no node_modules can be found.
  let dir: string | undefined
  for (const from of [path.join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      dir = path.dirname(createRequire(from).resolve(`${name}/package.json`))
      break
    } catch {
      // not found from there
    }
  }
  if (!dir) throw new Error(`Font package ${name} is not installed (a dependency of the site)`)
  return { dir, faces: parseFontFaces(readFileSync(path.join(dir, `${weight}.css`), 'utf8')) }
}

/** The decoded font of one face (a subset of the package's font). */
export function fontBytes(packageDir: string, face: FontFace): Buffer {
  return woffToSfnt(readFileSync(path.join(packageDir, face.woff)))
}

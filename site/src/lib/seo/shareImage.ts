/**
 * The default share image of a language (1200×630 PNG): the portal's name and line in that
 * language, drawn at build time from the self-hosted Noto fonts of the language's script, with no
 * font of the machine involved. HarfBuzz shapes the text (resvg's own text layout overlaps Burmese
 * clusters such as ရွှေ့ပြောင်း) and the glyphs go into the SVG as outlines, which resvg only
 * rasterises. Lines break at the language's word boundaries (Intl.Segmenter), measured by the
 * shaped advances.
 */
import { Resvg } from '@resvg/resvg-js'
import * as hb from 'harfbuzzjs'
import { getLocale, type LocaleCode, type LocaleInfo } from '@mirai/content-schemas/locales'

import { facesFor, fontBytes, fontPackage, uncovered, type FontFace } from './fonts'
import { defaultShareImageText, SHARE_IMAGE_SIZE } from './head'

/** The font packages of each script, the script's own first; Noto Sans for Latin in any of them. */
export const SHARE_IMAGE_FONTS: Record<LocaleInfo['script'], readonly string[]> = {
  Jpan: ['@fontsource/noto-sans-jp', '@fontsource/noto-sans'],
  Hans: ['@fontsource/noto-sans-sc', '@fontsource/noto-sans'],
  Mymr: ['@fontsource/noto-sans-myanmar', '@fontsource/noto-sans'],
  Latn: ['@fontsource/noto-sans'],
}

const COLORS = { background: '#0b5d7a', title: '#ffffff', tagline: '#e3f1f5', accent: '#f2b705' }
const MARGIN = 80
const WEIGHT = 700
const TITLE = { sizes: [76, 66, 58], maxLines: 2 }
const TAGLINE = { sizes: [44, 38, 33], maxLines: 3 }

/**
 * The pieces a line may break between: words (with the spaces and punctuation after them, so a
 * line never starts with a comma or 。), as the language's segmenter finds them — Japanese,
 * Chinese and Burmese are written without spaces between words.
 */
export function breakUnits(text: string, bcp47: string): string[] {
  const units: string[] = []
  for (const { segment, isWordLike } of new Intl.Segmenter(bcp47, { granularity: 'word' }).segment(text)) {
    if (!isWordLike && units.length > 0) units[units.length - 1] += segment
    else units.push(segment)
  }
  return units
}

/**
 * Greedy line breaking: as many units on a line as fit `maxWidth` by `measure`. A unit wider
 * than a line is put on its own line (and caught by the caller's fit check).
 */
export function wrapLines(units: readonly string[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const unit of units) {
    const candidate = line + unit
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd())
      line = unit.trimStart()
    } else line = candidate
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

interface LoadedFace {
  face: FontFace
  font: hb.Font
  upem: number
  paths: Map<number, string>
}

/** A shaper for one language's text: its fonts' subsets that the text needs, loaded once. */
export class TextShaper {
  readonly faces: LoadedFace[]
  /** Characters of the text no subset covers: they would not be drawn. */
  readonly missing: string[]

  constructor(
    readonly locale: LocaleInfo,
    text: string,
  ) {
    const all: FontFace[] = []
    this.faces = SHARE_IMAGE_FONTS[locale.script].flatMap((name) => {
      const { dir, faces } = fontPackage(name, WEIGHT)
      all.push(...faces)
      return facesFor(text, faces).map((face) => {
        const hbFace = new hb.Face(new hb.Blob(new Uint8Array(fontBytes(dir, face))))
        return { face, font: new hb.Font(hbFace), upem: hbFace.upem, paths: new Map() }
      })
    })
    this.missing = uncovered(text, all)
  }

  private covers(face: LoadedFace, cp: number) {
    return face.face.ranges.some(([a, b]) => cp >= a && cp <= b)
  }

  /**
   * The text cut into runs of one face each: a character stays in the current run while its face
   * has it (so a Burmese cluster, its marks and the spaces between words are shaped together).
   */
  runs(text: string): { face: LoadedFace; text: string }[] {
    const runs: { face: LoadedFace; text: string }[] = []
    for (const char of text) {
      const cp = char.codePointAt(0)!
      const current = runs.at(-1)
      if (current && this.covers(current.face, cp)) current.text += char
      else {
        const face = this.faces.find((f) => this.covers(f, cp)) ?? current?.face ?? this.faces[0]
        if (!face) throw new Error(`No font for the share image of "${this.locale.code}"`)
        runs.push({ face, text: char })
      }
    }
    return runs
  }

  /** The glyphs of a line at `size` px, positioned from x = 0 on the baseline, and its width. */
  shape(
    text: string,
    size: number,
  ): { width: number; glyphs: { face: LoadedFace; id: number; x: number; y: number }[] } {
    const glyphs: { face: LoadedFace; id: number; x: number; y: number }[] = []
    let x = 0
    for (const run of this.runs(text)) {
      const scale = size / run.face.upem
      const buffer = new hb.Buffer()
      buffer.addText(run.text)
      buffer.guessSegmentProperties()
      buffer.setLanguage(this.locale.bcp47)
      hb.shape(run.face.font, buffer)
      for (const g of buffer.getGlyphInfosAndPositions()) {
        glyphs.push({
          face: run.face,
          id: g.codepoint,
          x: x + (g.xOffset ?? 0) * scale,
          y: -(g.yOffset ?? 0) * scale,
        })
        x += (g.xAdvance ?? 0) * scale
      }
    }
    return { width: x, glyphs }
  }

  /** A line as SVG outlines (font units are y-up, SVG's y-down: hence the flipped scale). */
  svgLine(text: string, size: number, left: number, baseline: number, fill: string): string {
    const parts = this.shape(text, size).glyphs.map(({ face, id, x, y }) => {
      let d = face.paths.get(id)
      if (d === undefined) face.paths.set(id, (d = face.font.glyphToPath(id)))
      if (!d) return ''
      const s = size / face.upem
      return `<path transform="translate(${round(left + x)} ${round(baseline + y)}) scale(${round(s, 5)} ${round(-s, 5)})" d="${d}"/>`
    })
    return `<g fill="${fill}">${parts.join('')}</g>`
  }
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

interface Block {
  lines: string[]
  size: number
}

/** Line height of a script: Burmese stacks its marks far above and below the line. */
const lineHeight = (script: LocaleInfo['script'], size: number) => Math.round(size * (script === 'Mymr' ? 1.7 : 1.3))

/** Wraps a text into at most `maxLines` at the largest size that allows it, or clips the last line. */
export function fit(
  text: string,
  bcp47: string,
  spec: { sizes: number[]; maxLines: number },
  measure: (text: string, size: number) => number,
  maxWidth = SHARE_IMAGE_SIZE.width - 2 * MARGIN,
): Block {
  const units = breakUnits(text, bcp47)
  for (const size of spec.sizes) {
    const lines = wrapLines(units, maxWidth, (s) => measure(s, size))
    if (lines.length <= spec.maxLines && lines.every((l) => measure(l, size) <= maxWidth)) return { lines, size }
  }
  const size = spec.sizes.at(-1)!
  const lines = wrapLines(units, maxWidth, (s) => measure(s, size)).slice(0, spec.maxLines)
  let last = [...lines.pop()!]
  while (last.length > 1 && measure(`${last.join('')}…`, size) > maxWidth) last = last.slice(0, -1)
  return { lines: [...lines, `${last.join('').trimEnd()}…`], size }
}

/** The image as SVG: the name, an accent rule, the line, an accent band at the foot. */
export function shareImageSvg(lang: LocaleCode): { svg: string; missing: string[] } {
  const locale = getLocale(lang)
  const { title, tagline } = defaultShareImageText(lang)
  const shaper = new TextShaper(locale, `${title}${tagline}…`)
  const measure = (text: string, size: number) => shaper.shape(text, size).width
  const t = fit(title, locale.bcp47, TITLE, measure)
  const g = fit(tagline, locale.bcp47, TAGLINE, measure)
  const { width, height } = SHARE_IMAGE_SIZE
  const band = 24
  const gap = 48
  const titleHeight = t.lines.length * lineHeight(locale.script, t.size)
  const taglineHeight = g.lines.length * lineHeight(locale.script, g.size)
  // The text centred in the space above the band; y values are baselines.
  const top = Math.round((height - band - (titleHeight + gap + taglineHeight)) / 2)
  const titleBase = top + t.size
  const ruleY = top + titleHeight + gap / 2 - 3
  const taglineBase = top + titleHeight + gap + g.size
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${COLORS.background}"/>` +
    `<rect x="${MARGIN}" y="${ruleY}" width="120" height="6" rx="3" fill="${COLORS.accent}"/>` +
    `<rect y="${height - band}" width="${width}" height="${band}" fill="${COLORS.accent}"/>` +
    t.lines
      .map((line, i) =>
        shaper.svgLine(line, t.size, MARGIN, titleBase + i * lineHeight(locale.script, t.size), COLORS.title),
      )
      .join('') +
    g.lines
      .map((line, i) =>
        shaper.svgLine(line, g.size, MARGIN, taglineBase + i * lineHeight(locale.script, g.size), COLORS.tagline),
      )
      .join('') +
    `</svg>`
  return { svg, missing: shaper.missing }
}

/** The PNG of a language's default share image; refuses to draw text its fonts lack. */
export function renderShareImage(lang: LocaleCode): Buffer {
  const { svg, missing } = shareImageSvg(lang)
  if (missing.length)
    throw new Error(`The share image fonts of "${lang}" lack ${missing.join(' ')}; add a font package for them`)
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()
}

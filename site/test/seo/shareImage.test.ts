import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { getLocale, LOCALE_CODES } from '@mirai/content-schemas/locales'

import { facesFor, fontPackage, parseFontFaces, uncovered, woffToSfnt } from '../../src/lib/seo/fonts'
import { defaultShareImageText } from '../../src/lib/seo/head'
import { breakUnits, fit, renderShareImage, TextShaper, wrapLines } from '../../src/lib/seo/shareImage'

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

describe('fonts', () => {
  it('reads the subsets of a @fontsource CSS file with their code point ranges', () => {
    const faces = parseFontFaces(`
      @font-face { font-family: 'Noto Sans JP'; font-weight: 700;
        src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff');
        unicode-range: U+3000-303f,U+30a2; }
      @font-face { font-family: 'Broken'; src: url(./files/b.woff2) format('woff2'); }`)
    expect(faces).toEqual([
      {
        family: 'Noto Sans JP',
        weight: 700,
        woff: 'files/a.woff',
        ranges: [
          [0x3000, 0x303f],
          [0x30a2, 0x30a2],
        ],
      },
    ])
    expect(facesFor('ア', faces)).toHaveLength(1)
    expect(facesFor('abc', faces)).toHaveLength(0)
    expect(uncovered('「ア」 x', faces)).toEqual(['x'])
  })

  it('turns a WOFF file back into the font it wraps', () => {
    const { dir, faces } = fontPackage('@fontsource/noto-sans-myanmar', 700)
    const face = faces.find((f) => f.woff.includes('myanmar-700'))!
    const woff = readFileSync(path.join(dir, face.woff))
    const font = woffToSfnt(woff)
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4))
    expect(font.readUInt16BE(4)).toBe(woff.readUInt16BE(12))
    expect(font.length).toBe(woff.readUInt32BE(16))
  })

  it('refuses what is not a whole WOFF file', () => {
    const { dir, faces } = fontPackage('@fontsource/noto-sans', 700)
    const woff = readFileSync(path.join(dir, faces[0]!.woff))
    expect(() => woffToSfnt(Buffer.from('not a font at all, not even close to one'.repeat(2)))).toThrow('Not a WOFF')
    expect(() => woffToSfnt(woff.subarray(0, 200))).toThrow(/past the end/)
    expect(() => fontPackage('@fontsource/not-installed', 700)).toThrow('is not installed')
  })

  it('has every character of every language’s image text', () => {
    for (const lang of LOCALE_CODES) {
      const { title, tagline } = defaultShareImageText(lang)
      expect(new TextShaper(getLocale(lang), `${title}${tagline}…`).missing, lang).toEqual([])
    }
  })
})

describe('line breaking', () => {
  it('breaks Japanese between words, never before punctuation', () => {
    const units = breakUnits('日本で暮らす外国人のための情報。読んでください。', 'ja')
    expect(units.join('')).toBe('日本で暮らす外国人のための情報。読んでください。')
    expect(units.length).toBeGreaterThan(3)
    for (const unit of units) expect(unit).not.toMatch(/^[。、]/)
  })

  it('breaks Burmese at its word boundaries, keeping each cluster whole', () => {
    const text = 'ဂျပန်တွင် နေထိုင်သော ရွှေ့ပြောင်းအလုပ်သမားများအတွက်'
    const units = breakUnits(text, 'my')
    expect(units.join('')).toBe(text)
    // No unit starts with a combining sign (a mark or the asat/virama of the previous cluster).
    for (const unit of units) expect(unit).not.toMatch(/^[\u102b-\u103e]/u)
  })

  it('fills lines up to the width', () => {
    const measure = (s: string) => [...s].length * 10
    expect(wrapLines(['one ', 'two ', 'three ', 'four'], 90, measure)).toEqual(['one two', 'three', 'four'])
  })

  it('shrinks text to fit its lines, and clips what still does not fit', () => {
    const measure = (s: string, size: number) => [...s].length * size
    expect(fit('aa bb cc', 'en', { sizes: [20, 10], maxLines: 1 }, measure, 100)).toEqual({
      lines: ['aa bb cc'],
      size: 10,
    })
    const clipped = fit('word '.repeat(50), 'en', { sizes: [20, 10], maxLines: 2 }, measure, 100)
    expect(clipped.lines).toHaveLength(2)
    expect(clipped.lines[1]!.endsWith('…')).toBe(true)
    for (const line of clipped.lines) expect(measure(line, 10)).toBeLessThanOrEqual(100)
  })
})

describe('shaping', () => {
  it('gives a Burmese word the width of its clusters side by side (none drawn over another)', () => {
    const shaper = new TextShaper(getLocale('my'), 'ရွှေ့ပြောင်း')
    const whole = shaper.shape('ရွှေ့ပြောင်း', 40).width
    const parts = shaper.shape('ရွှေ့', 40).width + shaper.shape('ပြောင်း', 40).width
    expect(whole).toBeGreaterThan(60)
    expect(Math.abs(whole - parts)).toBeLessThan(1)
  })

  it('draws the Burmese vowel sign E before its consonant, as read', () => {
    const shaper = new TextShaper(getLocale('my'), 'သော')
    const glyphs = shaper.shape('သော', 40).glyphs
    // Three glyphs (ေ, သ, ာ) from left to right; the first is the vowel sign typed second.
    expect(glyphs).toHaveLength(3)
    const e = shaper.shape('\u1031', 40).glyphs[0]!.id
    expect(glyphs[0]!.id).toBe(e)
  })
})

describe('renderShareImage', () => {
  it('draws a 1200×630 PNG for every language, each different', () => {
    const seen = new Set<string>()
    for (const lang of LOCALE_CODES) {
      const png = renderShareImage(lang)
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
      seen.add(png.toString('base64'))
    }
    expect(seen.size).toBe(LOCALE_CODES.length)
  })
})

import { createHash } from 'node:crypto'
import sharp from 'sharp'

/**
 * A deterministic abstract illustration (overlapping circles and a wave in two colours) for demo
 * content, so the seed ships no binary files and every image still exercises the real upload
 * pipeline (sharp sizes, WebP, focal point).
 */
export async function illustration(key: string, [a, b]: [string, string], width = 1600, height = 900): Promise<Buffer> {
  const hash = createHash('sha256').update(key).digest()
  const byte = (i: number) => hash[i % hash.length] ?? 0
  const circles = Array.from({ length: 5 }, (_, i) => {
    const cx = Math.round((byte(i * 3) / 255) * width)
    const cy = Math.round((byte(i * 3 + 1) / 255) * height)
    const r = Math.round(height * (0.15 + (byte(i * 3 + 2) / 255) * 0.35))
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${i % 2 ? a : b}" fill-opacity="0.55"/>`
  }).join('')
  const waveY = Math.round(height * (0.55 + (byte(20) / 255) * 0.25))
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#f7f5ef"/>${circles}
<path d="M0 ${waveY} C ${width * 0.3} ${waveY - 120}, ${width * 0.6} ${waveY + 120}, ${width} ${waveY - 40} L ${width} ${height} L 0 ${height} Z" fill="${a}" fill-opacity="0.8"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}

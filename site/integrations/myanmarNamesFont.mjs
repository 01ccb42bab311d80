/**
 * A few-kilobyte cut of the Myanmar font holding only the glyphs of the Burmese words every page
 * shows — the language's own name, in the language switcher and the consultation box — so a
 * Vietnamese or Japanese page draws them in a Unicode font (phones set up for Zawgyi would garble
 * them in their own) without fetching the whole 47 KB font. Made from the shipped font at every
 * start of Astro (build, dev, sync) from the locale table, so it always holds what the table
 * says; Burmese pages, and any other Burmese text, use the whole font (src/styles/global.css).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { LOCALES } from '@mirai/content-schemas/locales'
import subsetFont from 'subset-font'

const require = createRequire(import.meta.url)
const siteRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
export const NAMES_FONT = path.join(siteRoot, 'src/styles/generated/myanmar-names.woff2')

/** The Burmese text of every page: the names of the site's Myanmar-script languages. */
export const myanmarNamesText = () =>
  LOCALES.filter((l) => l.script === 'Mymr')
    .map((l) => l.nativeName)
    .join('')

export async function writeMyanmarNamesFont(file = NAMES_FONT) {
  const full = path.join(
    path.dirname(require.resolve('@fontsource/noto-sans-myanmar/package.json')),
    'files/noto-sans-myanmar-myanmar-400-normal.woff2',
  )
  const subset = await subsetFont(await readFile(full), myanmarNamesText(), { targetFormat: 'woff2' })
  const current = await readFile(file).catch(() => null)
  if (current && Buffer.compare(current, subset) === 0) return subset
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, subset)
  return subset
}

export default function myanmarNamesFont() {
  return {
    name: 'mirai:myanmar-names-font',
    hooks: { 'astro:config:setup': async () => void (await writeMyanmarNamesFont()) },
  }
}

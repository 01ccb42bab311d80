import { createRequire } from 'node:module'
import path from 'node:path'

import { defineConfig } from 'astro/config'

import preact from '@astrojs/preact'

import myanmarNamesFont from './integrations/myanmarNamesFont.mjs'
import pruneStaleOutput from './integrations/pruneStaleOutput.mjs'
import serviceWorker from './integrations/serviceWorker.mjs'
import snapshotMedia from './integrations/snapshotMedia.mjs'

const require = createRequire(import.meta.url)
const myanmarFontDir = path.join(path.dirname(require.resolve('@fontsource/noto-sans-myanmar/package.json')), 'files')

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // The build pipeline (scripts/src/build-site.ts) builds into a staging folder and swaps it in.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Writing a page waits on the disk far longer than rendering it takes; rendering a few pages
    // at a time keeps the CPU busy meanwhile (10,000 pages: 19 s → 12 s on two cores).
    concurrency: 8,
    // One cached stylesheet for every page rather than CSS repeated inside each HTML file.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  // Pages carry their data in props; with a cacheKey per page, unchanged pages are not rendered again.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // Islands (the safety self-check) are Preact components, without its React compatibility layer:
  // the whole check ships in less JavaScript than React DOM alone (ARCHITECTURE.md).
  integrations: [myanmarNamesFont(), preact(), pruneStaleOutput(), snapshotMedia(), serviceWorker()],
  vite: {
    resolve: { alias: { '@fontsource-myanmar': myanmarFontDir } },
    build: {
      // Pages skipped by the incremental build stay where they are; pruneStaleOutput removes the rest.
      emptyOutDir: false,
      // Fonts stay files: the pages' policy takes fonts from the site only (font-src 'self'), no data: URLs.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    },
  },
})

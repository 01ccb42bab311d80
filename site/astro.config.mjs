import { createRequire } from 'node:module'
import path from 'node:path'

import { defineConfig } from 'astro/config'

import pruneStaleOutput from './integrations/pruneStaleOutput.mjs'
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
    // One cached stylesheet for every page rather than CSS repeated inside each HTML file.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  // Pages carry their data in props; with a cacheKey per page, unchanged pages are not rendered again.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  integrations: [pruneStaleOutput(), snapshotMedia()],
  vite: {
    resolve: { alias: { '@fontsource-myanmar': myanmarFontDir } },
    // Pages skipped by the incremental build stay where they are; pruneStaleOutput removes the rest.
    build: { emptyOutDir: false },
  },
})

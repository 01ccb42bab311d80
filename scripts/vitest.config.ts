import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The builds share Astro's incremental cache (site/node_modules/.astro): run one file at a time,
    // so a test that checks what a build re-renders or re-indexes sees only its own builds.
    fileParallelism: false,
  },
})

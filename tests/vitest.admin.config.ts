import { defineConfig } from 'vitest/config'

/** The admin as editors get it: `next build` of the CMS, started on a seeded throwaway database. */
export default defineConfig({
  test: {
    include: ['admin/**/*.admin.test.ts'],
    environment: 'node',
    globalSetup: ['admin/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})

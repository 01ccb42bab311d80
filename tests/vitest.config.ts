import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['int/**/*.int.test.ts'],
    environment: 'node',
    // Each file starts its own Payload on its own temporary database.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

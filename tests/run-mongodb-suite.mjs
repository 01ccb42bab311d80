// The integration suite again on MongoDB, where one is reachable (TEST_MONGODB_URI). MongoDB
// binaries cannot be downloaded on every machine, so without the variable this says so and
// passes rather than pretending to have tested MongoDB.
import { spawnSync } from 'node:child_process'

const uri = process.env.TEST_MONGODB_URI
if (!uri) {
  console.log('MongoDB integration run skipped: TEST_MONGODB_URI is not set (e.g. mongodb://127.0.0.1:27017).')
  console.log('The same suite ran above on the embedded SQLite adapter.')
  process.exit(0)
}
console.log(`Running the integration suite on MongoDB (${uri.replace(/\/\/[^@/]*@/, '//***@')})`)
const result = spawnSync('vitest', ['run'], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE: 'mongodb' },
  shell: process.platform === 'win32',
})
process.exit(result.status ?? 1)

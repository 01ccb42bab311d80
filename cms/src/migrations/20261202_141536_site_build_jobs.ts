import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`build_claims\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`build\` text NOT NULL,
  	\`runner\` text NOT NULL,
  	\`heartbeat_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`build_claims_key_idx\` ON \`build_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`build_claims_updated_at_idx\` ON \`build_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`build_claims_created_at_idx\` ON \`build_claims\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`attempts\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`job\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`runner\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`heartbeat_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`build_claims\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`attempts\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`job\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`runner\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`heartbeat_at\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`safety_answers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`period_id\` text(36) NOT NULL,
  	\`language\` text NOT NULL,
  	\`answers\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`token\` text NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`business_sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`period_id\`) REFERENCES \`safety_periods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`safety_answers_site_idx\` ON \`safety_answers\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`safety_answers_period_idx\` ON \`safety_answers\` (\`period_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`safety_answers_token_idx\` ON \`safety_answers\` (\`token\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`safety_answers\`;`)
}

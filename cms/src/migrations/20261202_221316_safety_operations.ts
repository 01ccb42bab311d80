import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit writes \`ADD … REFERENCES\` without the ON DELETE rule the schema has (and a push
// would then rebuild the tables to add it): the rule is written out here.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`safety_tallies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	\`period_id\` text(36) NOT NULL,
  	\`tally\` text NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`business_sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`period_id\`) REFERENCES \`safety_periods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`safety_tallies_site_idx\` ON \`safety_tallies\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`safety_tallies_period_idx\` ON \`safety_tallies\` (\`period_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_period_idx\` ON \`safety_tallies\` (\`site_id\`,\`period_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_requests_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_requests_days_order_idx\` ON \`consultation_requests_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultation_requests_days_parent_idx\` ON \`consultation_requests_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_requests_times\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_requests_times_order_idx\` ON \`consultation_requests_times\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultation_requests_times_parent_idx\` ON \`consultation_requests_times\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_requests\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`received_on\` text,
  	\`closed_at\` text,
  	\`method\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`app\` text,
  	\`language\` text NOT NULL,
  	\`name\` text,
  	\`message\` text,
  	\`site_language\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultation_requests_reference_idx\` ON \`consultation_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`consultation_requests_status_idx\` ON \`consultation_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`consultation_requests_received_on_idx\` ON \`consultation_requests\` (\`received_on\`);`)
  await db.run(sql`CREATE TABLE \`consultation_requests_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_requests_texts_order_parent\` ON \`consultation_requests_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`safety_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`threshold\` numeric NOT NULL,
  	\`answer_retention_days\` numeric DEFAULT 180 NOT NULL,
  	\`request_retention_days\` numeric DEFAULT 90 NOT NULL,
  	\`assist_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_safety_answers\` (
  	\`id\` text PRIMARY KEY NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_safety_answers\`("id", "site_id", "period_id", "language", "answers", "day", "token") SELECT "id", "site_id", "period_id", "language", "answers", "day", "token" FROM \`safety_answers\`;`)
  await db.run(sql`DROP TABLE \`safety_answers\`;`)
  await db.run(sql`ALTER TABLE \`__new_safety_answers\` RENAME TO \`safety_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`safety_answers_site_idx\` ON \`safety_answers\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`safety_answers_period_idx\` ON \`safety_answers\` (\`period_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`safety_answers_token_idx\` ON \`safety_answers\` (\`token\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_requests_id\` text REFERENCES consultation_requests(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions\` ADD \`commitment\` text;`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions_locales\` ADD \`for_companies_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions_locales\` ADD \`for_companies_action\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Off before the tables go: the locks' table still references them until it is rebuilt below.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`safety_tallies\`;`)
  await db.run(sql`DROP TABLE \`consultation_requests_days\`;`)
  await db.run(sql`DROP TABLE \`consultation_requests_times\`;`)
  await db.run(sql`DROP TABLE \`consultation_requests\`;`)
  await db.run(sql`DROP TABLE \`consultation_requests_texts\`;`)
  await db.run(sql`DROP TABLE \`safety_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`videos_id\` text(36),
  	\`countries_id\` text(36),
  	\`events_id\` text(36),
  	\`good_practices_id\` text(36),
  	\`pages_id\` text(36),
  	\`tags_id\` text(36),
  	\`newsletters_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`organisations_id\` text(36),
  	\`activity_reports_id\` text(36),
  	\`report_attachments_id\` text(36),
  	\`business_sites_id\` text(36),
  	\`safety_periods_id\` text(36),
  	\`users_id\` text(36),
  	\`site_builds_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_reports_id\`) REFERENCES \`activity_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_attachments_id\`) REFERENCES \`report_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`business_sites_id\`) REFERENCES \`business_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`safety_periods_id\`) REFERENCES \`safety_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "countries_id", "events_id", "good_practices_id", "pages_id", "tags_id", "newsletters_id", "media_id", "documents_id", "organisations_id", "activity_reports_id", "report_attachments_id", "business_sites_id", "safety_periods_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "countries_id", "events_id", "good_practices_id", "pages_id", "tags_id", "newsletters_id", "media_id", "documents_id", "organisations_id", "activity_reports_id", "report_attachments_id", "business_sites_id", "safety_periods_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`report_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_business_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`business_sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_safety_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`safety_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_safety_answers\` (
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
  await db.run(sql`INSERT INTO \`__new_safety_answers\`("id", "site_id", "period_id", "language", "answers", "day", "token") SELECT "id", "site_id", "period_id", "language", "answers", "day", "token" FROM \`safety_answers\`;`)
  await db.run(sql`DROP TABLE \`safety_answers\`;`)
  await db.run(sql`ALTER TABLE \`__new_safety_answers\` RENAME TO \`safety_answers\`;`)
  await db.run(sql`CREATE INDEX \`safety_answers_site_idx\` ON \`safety_answers\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`safety_answers_period_idx\` ON \`safety_answers\` (\`period_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`safety_answers_token_idx\` ON \`safety_answers\` (\`token\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions\` DROP COLUMN \`commitment\`;`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions_locales\` DROP COLUMN \`for_companies_explanation\`;`)
  await db.run(sql`ALTER TABLE \`safety_check_sections_questions_locales\` DROP COLUMN \`for_companies_action\`;`)
}

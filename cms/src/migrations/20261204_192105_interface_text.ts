import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interface_text_strings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interface_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interface_text_strings_order_idx\` ON \`interface_text_strings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interface_text_strings_parent_id_idx\` ON \`interface_text_strings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interface_text_strings_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interface_text_strings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interface_text_strings_locales_locale_parent_id_unique\` ON \`interface_text_strings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interface_text\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`namespace\` text,
  	\`pending_translations\` text,
  	\`translation_status\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interface_text_namespace_idx\` ON \`interface_text\` (\`namespace\`);`)
  await db.run(sql`CREATE INDEX \`interface_text_updated_at_idx\` ON \`interface_text\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interface_text_created_at_idx\` ON \`interface_text\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interface_text__status_idx\` ON \`interface_text\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`interface_text_locales\` (
  	\`translation_ready\` integer DEFAULT false,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interface_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`interface_text_locales_locale_parent_id_unique\` ON \`interface_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interface_text_v_version_strings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interface_text_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_strings_order_idx\` ON \`_interface_text_v_version_strings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_strings_parent_id_idx\` ON \`_interface_text_v_version_strings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interface_text_v_version_strings_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interface_text_v_version_strings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interface_text_v_version_strings_locales_locale_parent_id_u\` ON \`_interface_text_v_version_strings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interface_text_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_namespace\` text,
  	\`version_pending_translations\` text,
  	\`version_translation_status\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interface_text\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interface_text_v_parent_idx\` ON \`_interface_text_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_version_namespace_idx\` ON \`_interface_text_v\` (\`version_namespace\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_version_updated_at_idx\` ON \`_interface_text_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_version_created_at_idx\` ON \`_interface_text_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_version_version__status_idx\` ON \`_interface_text_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_created_at_idx\` ON \`_interface_text_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_updated_at_idx\` ON \`_interface_text_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_snapshot_idx\` ON \`_interface_text_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_published_locale_idx\` ON \`_interface_text_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interface_text_v_latest_idx\` ON \`_interface_text_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_interface_text_v_locales\` (
  	\`version_translation_ready\` integer DEFAULT false,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interface_text_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_interface_text_v_locales_locale_parent_id_unique\` ON \`_interface_text_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interface_text_id\` text(36) REFERENCES interface_text(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interface_text_id_idx\` ON \`payload_locked_documents_rels\` (\`interface_text_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Dropping tables that others reference (document locks) runs with foreign keys off, as the rebuild below does.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`interface_text_strings\`;`)
  await db.run(sql`DROP TABLE \`interface_text_strings_locales\`;`)
  await db.run(sql`DROP TABLE \`interface_text\`;`)
  await db.run(sql`DROP TABLE \`interface_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_interface_text_v_version_strings\`;`)
  await db.run(sql`DROP TABLE \`_interface_text_v_version_strings_locales\`;`)
  await db.run(sql`DROP TABLE \`_interface_text_v\`;`)
  await db.run(sql`DROP TABLE \`_interface_text_v_locales\`;`)
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
  	\`alerts_id\` text(36),
  	\`newsletters_id\` text(36),
  	\`redirects_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`organisations_id\` text(36),
  	\`activity_reports_id\` text(36),
  	\`report_attachments_id\` text(36),
  	\`business_sites_id\` text(36),
  	\`safety_periods_id\` text(36),
  	\`consultation_requests_id\` text,
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
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_reports_id\`) REFERENCES \`activity_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_attachments_id\`) REFERENCES \`report_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`business_sites_id\`) REFERENCES \`business_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`safety_periods_id\`) REFERENCES \`safety_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_requests_id\`) REFERENCES \`consultation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "countries_id", "events_id", "good_practices_id", "pages_id", "tags_id", "alerts_id", "newsletters_id", "redirects_id", "media_id", "documents_id", "organisations_id", "activity_reports_id", "report_attachments_id", "business_sites_id", "safety_periods_id", "consultation_requests_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "countries_id", "events_id", "good_practices_id", "pages_id", "tags_id", "alerts_id", "newsletters_id", "redirects_id", "media_id", "documents_id", "organisations_id", "activity_reports_id", "report_attachments_id", "business_sites_id", "safety_periods_id", "consultation_requests_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`report_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_business_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`business_sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_safety_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`safety_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Every translated document gets its source language, the collection's default: organisation
// pages English, the rest Japanese. Statuses keep their revisions; the next change of a page's
// English text is what makes its Japanese outdated.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`source_locale\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_source_locale\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`source_locale\` text DEFAULT 'ja';`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` ADD \`version_source_locale\` text DEFAULT 'ja';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` DROP COLUMN \`version_source_locale\`;`)
}

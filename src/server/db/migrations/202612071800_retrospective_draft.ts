import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The draft columns, in the order `snapshotOf` (features/retrospective/mapping.ts) writes them. */
const DRAFT_COLUMNS = ['headline', 'lead', 'body', 'reportUrl', 'contact', 'quotes', 'figures'] as const;

/**
 * The published version of a retrospective, beside the draft the organizer edits: a JSON snapshot of
 * the text fields and chosen figures taken at "publish". The public page reads it; edits after
 * publication change only the draft columns until the organizer publishes again. A retrospective
 * published before this migration gets its current columns as its published version.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('retrospectives').addColumn('published_version', 'text').execute();
  const published = await db
    .selectFrom('retrospectives')
    // Single-word aliases: the same rows with or without the camel-case plugin.
    .select([
      'event_id as id',
      'headline',
      'lead',
      'body',
      'report_url as url',
      'contact',
      'quotes',
      'figures',
    ])
    .where('published_at', 'is not', null)
    .execute();
  for (const row of published) {
    const columns: Record<(typeof DRAFT_COLUMNS)[number], unknown> = {
      headline: row.headline,
      lead: row.lead,
      body: row.body,
      reportUrl: row.url,
      contact: row.contact,
      quotes: row.quotes,
      figures: row.figures,
    };
    const version = JSON.stringify(Object.fromEntries(DRAFT_COLUMNS.map((key) => [key, columns[key]])));
    await db
      .updateTable('retrospectives')
      .set({ published_version: version })
      .where('event_id', '=', row.id)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('retrospectives').dropColumn('published_version').execute();
}

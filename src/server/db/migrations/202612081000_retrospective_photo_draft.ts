import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Photos become part of a retrospective's draft. `in_draft` = 0 marks a photo the organizer removed
 * from the draft while the published version still shows it (it is deleted at the next publish or
 * withdrawal); the published version (JSON in `retrospectives.published_version`) gains `photos`, the
 * list `[{ id, alt, caption }]` the public page shows, in order. A retrospective published before this
 * migration gets its current photos as its published ones, so its page does not change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('retrospective_photos')
    .addColumn('in_draft', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  const published = await db
    .selectFrom('retrospectives')
    // Single-word aliases: the same rows with or without the camel-case plugin.
    .select(['event_id as id', 'published_version as version'])
    .where('published_version', 'is not', null)
    .execute();
  for (const row of published) {
    const photos: { id: string; alt: string; caption: string }[] = await db
      .selectFrom('retrospective_photos')
      .select(['id', 'alt', 'caption'])
      .where('event_id', '=', row.id)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
    let version: Record<string, unknown>;
    try {
      version = JSON.parse(String(row.version)) as Record<string, unknown>;
    } catch {
      continue;
    }
    // Appended after the text columns, as snapshotOf (features/retrospective/mapping.ts) writes it.
    const withPhotos = JSON.stringify({
      ...version,
      photos: photos.map((p) => ({ id: p.id, alt: p.alt, caption: p.caption })),
    });
    await db
      .updateTable('retrospectives')
      .set({ published_version: withPhotos })
      .where('event_id', '=', row.id)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('retrospective_photos').where('in_draft', '=', 0).execute();
  await db.schema.alterTable('retrospective_photos').dropColumn('in_draft').execute();
  const published = await db
    .selectFrom('retrospectives')
    .select(['event_id as id', 'published_version as version'])
    .where('published_version', 'is not', null)
    .execute();
  for (const row of published) {
    try {
      const { photos: _photos, ...version } = JSON.parse(String(row.version)) as Record<string, unknown>;
      await db
        .updateTable('retrospectives')
        .set({ published_version: JSON.stringify(version) })
        .where('event_id', '=', row.id)
        .execute();
    } catch {
      // An unreadable version stays as it is.
    }
  }
}

import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Which event, registration and person a mail belongs to, so organizers can filter the outbox by event
 * and read one person's mail history. Nullable: a sign-in link or an organizer invitation belongs to
 * no event. Older rows of the registration mails get theirs from the dedupe key
 * (`<kind>:<registration id>:<reason>`); other older rows are found by address.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('event_id', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('registration_id', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('person_id', 'text').execute();
  await db.schema
    .createIndex('outbox_event_created_idx')
    .on('outbox')
    .columns(['event_id', 'created_at'])
    .execute();
  await db.schema.createIndex('outbox_registration_idx').on('outbox').column('registration_id').execute();
  await db.schema.createIndex('outbox_to_address_idx').on('outbox').column('to_address').execute();

  const rows: { id: string; dedupe_key: string }[] = await db
    .selectFrom('outbox')
    .select(['id', 'dedupe_key'])
    .where('kind', 'like', 'registration-%')
    .execute();
  for (const row of rows) {
    const registrationId = row.dedupe_key.split(':')[1];
    if (!registrationId) {
      continue;
    }
    const reg: { event_id: string; person_id: string | null } | undefined = await db
      .selectFrom('registrations')
      .select(['event_id', 'person_id'])
      .where('id', '=', registrationId)
      .executeTakeFirst();
    if (reg) {
      await db
        .updateTable('outbox')
        .set({ event_id: reg.event_id, registration_id: registrationId, person_id: reg.person_id })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_to_address_idx').ifExists().execute();
  await db.schema.dropIndex('outbox_registration_idx').ifExists().execute();
  await db.schema.dropIndex('outbox_event_created_idx').ifExists().execute();
  await db.schema.alterTable('outbox').dropColumn('person_id').execute();
  await db.schema.alterTable('outbox').dropColumn('registration_id').execute();
  await db.schema.alterTable('outbox').dropColumn('event_id').execute();
}

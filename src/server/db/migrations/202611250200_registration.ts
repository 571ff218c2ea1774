import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Registrations with capacity, double opt-in, waitlist, reconfirmation and check-in; idempotency keys. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('waitlist_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('events')
    .addColumn('guests_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('events')
    .addColumn('confirm_hours', 'integer', (c) => c.notNull().defaultTo(48))
    .execute();
  await db.schema
    .alterTable('events')
    .addColumn('offer_hours', 'integer', (c) => c.notNull().defaultTo(48))
    .execute();
  await db.schema
    .alterTable('events')
    .addColumn('reconfirm_days_before', 'integer', (c) => c.notNull().defaultTo(5))
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_guest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('salutation', 'text', (c) => c.notNull())
    .addColumn('academic_title', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('consent_directory', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_photos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlist_number', 'integer')
    .addColumn('ticket_code', 'text', (c) => c.notNull().unique())
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('confirm_expires_at', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('request_ip', 'text', (c) => c.notNull())
    .addColumn('optin_mail_sent_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirm_ip', 'text')
    .addColumn('offered_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('expired_at', 'text')
    .addColumn('reconfirm_sent_at', 'text')
    .addColumn('reconfirm_answer', 'text')
    .addColumn('reconfirm_answered_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('check_in_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One registration per address and event: the database refuses a second seat for the same email.
  await db.schema
    .createIndex('registrations_event_email_uq')
    .on('registrations')
    .columns(['event_id', 'email'])
    .unique()
    .execute();
  await db.schema
    .createIndex('registrations_event_status_idx')
    .on('registrations')
    .columns(['event_id', 'status'])
    .execute();
  await db.schema
    .createIndex('registrations_event_waitlist_idx')
    .on('registrations')
    .columns(['event_id', 'waitlist_number'])
    .execute();
  await db.schema.createIndex('registrations_person_idx').on('registrations').column('person_id').execute();

  await db.schema
    .createTable('registration_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('registration_questions_event_idx')
    .on('registration_questions')
    .column('event_id')
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').ifExists().execute();
  await db.schema.dropTable('checkins').ifExists().execute();
  await db.schema.dropTable('registration_questions').ifExists().execute();
  await db.schema.dropTable('registrations').ifExists().execute();
  for (const column of [
    'reconfirm_days_before',
    'offer_hours',
    'confirm_hours',
    'guests_taken',
    'waitlist_counter',
  ]) {
    await db.schema.alterTable('events').dropColumn(column).execute();
  }
}

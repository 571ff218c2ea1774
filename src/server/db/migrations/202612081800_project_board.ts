import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The project board: ideas per event, the partner roles each seeks, and the participants' interest in
 * a role (pending, accepted or declined). Accepted interests form the idea's consortium.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_ideas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('initiator_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('contribution', 'text', (c) => c.notNull())
    .addColumn('funding', 'text', (c) => c.notNull())
    // idea, forming, applying, running
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_ideas_event_idx').on('project_ideas').column('event_id').execute();
  await db.schema
    .createIndex('project_ideas_initiator_idx')
    .on('project_ideas')
    .column('initiator_id')
    .execute();

  await db.schema
    .createTable('project_roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idea_id', 'text', (c) => c.notNull().references('project_ideas.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    // JSON string[] of competence keys of the event's list
    .addColumn('competences', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_roles_idea_idx').on('project_roles').column('idea_id').execute();

  await db.schema
    .createTable('project_interests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idea_id', 'text', (c) => c.notNull().references('project_ideas.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('project_roles.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('note', 'text', (c) => c.notNull())
    // pending, accepted, declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addUniqueConstraint('project_interests_role_person_uq', ['role_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('project_interests_idea_idx')
    .on('project_interests')
    .column('idea_id')
    .execute();
  await db.schema
    .createIndex('project_interests_person_idx')
    .on('project_interests')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['project_interests', 'project_roles', 'project_ideas']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

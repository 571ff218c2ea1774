import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Live Q&A and polls per programme session. A voter is named by a key, 'p:<person id>' for a signed-in
 * person or 'g:<guest id>' for a server-issued guest identity; the primary keys (one upvote per voter
 * and question, one answer per voter and poll) are what makes double votes impossible. Counters
 * (vote_count, voter_count) change in the same transaction as the vote rows, and `version` /
 * `tally_version` grow in the same UPDATE as the change they stand for (live messages carry them).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_session_settings')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('program_sessions.id').onDelete('cascade'),
    )
    .addColumn('qa_enabled', 'integer', (c) => c.notNull())
    .addColumn('pre_approval', 'integer', (c) => c.notNull())
    .addColumn('guests_allowed', 'integer', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('moderator_token_hash', 'text')
    .addColumn('screen_mode', 'text', (c) => c.notNull())
    .addColumn('screen_poll_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A device (person or guest) that redeemed the session's moderator link.
  await db.schema
    .createTable('live_moderator_grants')
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('viewer_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_moderator_grants_pk', ['session_id', 'viewer_key'])
    .execute();

  await db.schema
    .createTable('qa_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('author_person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('is_anonymous', 'integer', (c) => c.notNull())
    .addColumn('author_name', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('is_answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into_id', 'text')
    .addColumn('merged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vote_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('qa_questions_session_idx')
    .on('qa_questions')
    .columns(['session_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('qa_questions_author_idx')
    .on('qa_questions')
    .columns(['author_key', 'session_id'])
    .execute();
  await db.schema
    .createIndex('qa_questions_person_idx')
    .on('qa_questions')
    .column('author_person_id')
    .execute();

  await db.schema
    .createTable('qa_votes')
    .addColumn('question_id', 'text', (c) => c.notNull().references('qa_questions.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('qa_votes_pk', ['question_id', 'voter_key'])
    .execute();
  await db.schema.createIndex('qa_votes_voter_idx').on('qa_votes').column('voter_key').execute();
  await db.schema.createIndex('qa_votes_person_idx').on('qa_votes').column('person_id').execute();

  await db.schema
    .createTable('qa_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.references('qa_questions.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_blocks_voter_unique', ['session_id', 'voter_key'])
    .execute();

  await db.schema
    .createTable('polls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('max_choices', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('results_visibility', 'text', (c) => c.notNull())
    .addColumn('results_shown', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('voter_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('tally_version', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('polls_session_idx').on('polls').columns(['session_id', 'position']).execute();

  await db.schema
    .createTable('poll_options')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('vote_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('poll_options_poll_idx')
    .on('poll_options')
    .columns(['poll_id', 'position'])
    .execute();

  await db.schema
    .createTable('poll_votes')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_votes_pk', ['poll_id', 'voter_key'])
    .execute();
  await db.schema.createIndex('poll_votes_voter_idx').on('poll_votes').column('voter_key').execute();
  await db.schema.createIndex('poll_votes_person_idx').on('poll_votes').column('person_id').execute();

  // What one vote chose: an option, or a normalized word of a word cloud.
  await db.schema
    .createTable('poll_vote_choices')
    .addColumn('poll_id', 'text', (c) => c.notNull())
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('option_id', 'text', (c) => c.references('poll_options.id').onDelete('cascade'))
    .addColumn('word_key', 'text')
    .addForeignKeyConstraint(
      'poll_vote_choices_vote_fk',
      ['poll_id', 'voter_key'],
      'poll_votes',
      ['poll_id', 'voter_key'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('poll_vote_choices_vote_idx')
    .on('poll_vote_choices')
    .columns(['poll_id', 'voter_key'])
    .execute();
  await db.schema
    .createIndex('poll_vote_choices_option_idx')
    .on('poll_vote_choices')
    .column('option_id')
    .execute();

  await db.schema
    .createTable('poll_words')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('word_key', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('vote_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_words_pk', ['poll_id', 'word_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'poll_words',
    'poll_vote_choices',
    'poll_votes',
    'poll_options',
    'polls',
    'qa_blocks',
    'qa_votes',
    'qa_questions',
    'live_moderator_grants',
    'live_session_settings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

import { Migrator, type Migration, type MigrationProvider, type Kysely } from 'kysely';
import * as foundation from './migrations/202611250100_foundation.js';
import * as registration from './migrations/202611250200_registration.js';
import * as registrationLinks from './migrations/202611250300_registration_links.js';
import * as program from './migrations/202611250400_program.js';
import * as checkinNumber from './migrations/202611250310_checkin_number.js';
import * as liveGuests from './migrations/202611250500_live_guests.js';
import * as qaPolls from './migrations/202611250550_qa_polls.js';
import * as islands from './migrations/202611250700_islands.js';
import * as networking from './migrations/202611250600_networking.js';
import * as meetings from './migrations/202611250650_meetings.js';
import * as retrospective from './migrations/202611250800_retrospective.js';
import * as dashboardIndexes from './migrations/202611250900_dashboard_indexes.js';
import * as networkingThesaurus from './migrations/202612071100_networking_thesaurus.js';
import * as searchText from './migrations/202612071200_search_text.js';
import * as outboxRefs from './migrations/202612071300_outbox_refs.js';
import * as installationSecret from './migrations/202612071400_installation_secret.js';
import * as retentionRuns from './migrations/202612071401_retention_runs.js';
import * as eventContentLanguage from './migrations/202612071500_event_content_language.js';
import * as branding from './migrations/202612071700_branding.js';
import * as retrospectiveDraft from './migrations/202612071800_retrospective_draft.js';
import * as webhooks from './migrations/202612081600_webhooks.js';
import * as idempotencyRequestHash from './migrations/202612081300_idempotency_request_hash.js';
import * as projectBoard from './migrations/202612081800_project_board.js';
import * as offerExtension from './migrations/202612081400_offer_extension.js';
import * as retrospectivePhotoDraft from './migrations/202612081000_retrospective_photo_draft.js';

// A static list rather than a folder scan: works the same under tsx, in tests and in a bundle.
const MIGRATIONS: Record<string, Migration> = {
  '202611250100_foundation': foundation,
  '202611250200_registration': registration,
  '202611250300_registration_links': registrationLinks,
  '202611250400_program': program,
  '202611250310_checkin_number': checkinNumber,
  '202611250500_live_guests': liveGuests,
  '202611250550_qa_polls': qaPolls,
  '202611250700_islands': islands,
  '202611250600_networking': networking,
  '202611250650_meetings': meetings,
  '202611250800_retrospective': retrospective,
  '202611250900_dashboard_indexes': dashboardIndexes,
  '202612071100_networking_thesaurus': networkingThesaurus,
  '202612071200_search_text': searchText,
  '202612071300_outbox_refs': outboxRefs,
  '202612071400_installation_secret': installationSecret,
  '202612071401_retention_runs': retentionRuns,
  '202612071500_event_content_language': eventContentLanguage,
  '202612071700_branding': branding,
  '202612071800_retrospective_draft': retrospectiveDraft,
  '202612081600_webhooks': webhooks,
  '202612081300_idempotency_request_hash': idempotencyRequestHash,
  '202612081800_project_board': projectBoard,
  '202612081400_offer_extension': offerExtension,
  '202612081000_retrospective_photo_draft': retrospectivePhotoDraft,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Brings the database to the latest schema; throws on the first failed migration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw error instanceof Error ? error : new Error(JSON.stringify(error));
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the database to the named migration and no further (tests of a migration's backfill). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) {
    throw error instanceof Error ? error : new Error(JSON.stringify(error));
  }
}

// The rule on cross-feature reads (docs/architecture.md, "Who reads whose tables"): a feature writes only
// its own tables, reads another feature's tables only where the rule names the table, and uses another
// feature otherwise through its index.ts. This test reads every feature's source for the tables it
// names in a query and fails on a read or write outside the rule.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FEATURES = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA = path.join(FEATURES, '..', 'db', 'schema.ts');

/** The feature that owns each table: it alone writes it (but see SHARED_WRITES). */
const OWNER: Record<string, string> = {
  people: 'accounts',
  sessions: 'accounts',
  magicLinks: 'accounts',
  organizerInvites: 'accounts',
  apiTokens: 'accounts',
  signInFailures: 'accounts',
  events: 'events',
  registrations: 'registration',
  registrationQuestions: 'registration',
  registrationLinks: 'registration',
  idempotencyKeys: 'registration',
  consents: 'registration',
  checkins: 'checkin',
  sitePages: 'site-pages',
  outbox: 'outbox',
  programSessions: 'program',
  programSpeakers: 'program',
  programSessionSpeakers: 'program',
  agendaStars: 'program',
  agendaFeeds: 'program',
  liveGuests: 'qa',
  liveSessionSettings: 'qa',
  liveModeratorGrants: 'qa',
  qaQuestions: 'qa',
  qaVotes: 'qa',
  qaBlocks: 'qa',
  polls: 'polls',
  pollOptions: 'polls',
  pollVotes: 'polls',
  pollVoteChoices: 'polls',
  pollWords: 'polls',
  islandSettings: 'islands',
  islands: 'islands',
  islandHosts: 'islands',
  islandPreferences: 'islands',
  islandPlacements: 'islands',
  islandRoundSeats: 'islands',
  islandWaitlist: 'islands',
  networkingSettings: 'networking',
  networkingProfiles: 'networking',
  networkingBlocks: 'networking',
  meetingSettings: 'meetings',
  meetingBlockSettings: 'meetings',
  meetingSlots: 'meetings',
  meetingTables: 'meetings',
  meetings: 'meetings',
  meetingPlacements: 'meetings',
  meetingSlotPeople: 'meetings',
  meetingUnavailability: 'meetings',
  meetingRuns: 'meetings',
  meetingDraftPlacements: 'meetings',
  meetingNotices: 'meetings',
  retrospectives: 'retrospective',
  retrospectivePhotos: 'retrospective',
  surveySettings: 'survey',
  surveyInvitations: 'survey',
  surveyResponses: 'survey',
  branding: 'branding',
  webhookEndpoints: 'webhooks',
  webhookMessages: 'webhooks',
  webhookDeliveries: 'webhooks',
  projectIdeas: 'project-board',
  projectRoles: 'project-board',
  projectInterests: 'project-board',
  installationSecrets: 'privacy',
  retentionRuns: 'privacy',
};

/** Tables every feature may read (read-only): the person and the event everything belongs to. */
const READ_BY_ALL = ['people', 'events'];

/** Other features' tables a feature may read, read-only (docs/architecture.md says why for each). */
const READS: Record<string, string[]> = {
  // Reporting: figures across the features of one event.
  dashboard: [
    'registrations',
    'programSessions',
    'qaQuestions',
    'polls',
    'islands',
    'islandPlacements',
    'meetings',
    'meetingSlots',
    'meetingPlacements',
    'projectIdeas',
    'projectInterests',
  ],
  retrospective: [
    'registrations',
    'programSessions',
    'qaQuestions',
    'qaVotes',
    'polls',
    'pollOptions',
    'pollVotes',
    'pollWords',
    'surveyResponses',
  ],
  // A person's own view across every feature of their events.
  'my-events': [
    'registrations',
    'programSessions',
    'liveSessionSettings',
    'polls',
    'islands',
    'surveyInvitations',
  ],
  // The organizer's mail history names the registration a mail belongs to.
  outbox: ['registrations'],
  // Who is registered (confirmed, not cancelled) decides who may rank islands, have a profile, get a
  // survey, post an idea on the project board.
  islands: ['registrations'],
  'project-board': ['registrations'],
  networking: ['registrations'],
  survey: ['registrations'],
  // A question belongs to a programme session; the live pages show its title and times.
  qa: ['programSessions'],
  // The registration answers for consents and shows mails it queued.
  registration: ['consents', 'outbox'],
};

/**
 * Writes outside the owner, each a rule of its own: a registration creates its person and takes a seat
 * from the event's counter in one statement (DESIGN.md: capacity decided by the database); check-in marks
 * the registration; privacy erases and expires personal data in every table that holds it.
 */
const SHARED_WRITES: Record<string, string[] | '*'> = {
  registration: ['people', 'events'],
  checkin: ['registrations'],
  privacy: '*',
};

const QUERY =
  /\b(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"]([a-zA-Z]+)/g;
const WRITES = new Set(['insertInto', 'updateTable', 'deleteFrom']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(file);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

interface TableUse {
  feature: string;
  file: string;
  table: string;
  write: boolean;
}

function tableUses(): TableUse[] {
  return fs
    .readdirSync(FEATURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      sourceFiles(path.join(FEATURES, entry.name)).flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(QUERY)].map((m) => ({
          feature: entry.name,
          file: path.relative(FEATURES, file),
          table: m[2]!,
          write: WRITES.has(m[1]!),
        })),
      ),
    );
}

/** Why a use breaks the rule, or null when the rule allows it. */
function breach({ feature, table, write }: TableUse): string | null {
  const owner = OWNER[table];
  if (!owner) {
    return `${table} has no owner in this test's OWNER list`;
  }
  if (owner === feature) {
    return null;
  }
  const shared = SHARED_WRITES[feature];
  if (shared === '*' || shared?.includes(table)) {
    return null;
  }
  if (write) {
    return `writes ${table}, a table of ${owner}: go through ${owner}/index.ts`;
  }
  if (READ_BY_ALL.includes(table) || READS[feature]?.includes(table)) {
    return null;
  }
  return `reads ${table}, a table of ${owner}: go through ${owner}/index.ts, or name the read in docs/architecture.md and this test`;
}

describe('who reads whose tables', () => {
  const uses = tableUses();

  it('finds the queries of the features', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(new Set(uses.map((u) => u.feature)).size).toBeGreaterThan(10);
  });

  it('knows the owner of every table of the schema', () => {
    const schema = fs.readFileSync(SCHEMA, 'utf8');
    const tables = [...schema.matchAll(/^ {2}([a-zA-Z]+): [A-Z]\w*Table;$/gm)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(50);
    expect(tables.filter((table) => !OWNER[table])).toEqual([]);
  });

  it('has no read or write of another feature’s table outside the rule', () => {
    const breaches = uses.flatMap((use) => {
      const why = breach(use);
      return why ? [`${use.file}: ${why}`] : [];
    });
    expect([...new Set(breaches)]).toEqual([]);
  });

  it('fails on a read the rule does not name, and on a write to another feature’s table', () => {
    expect(breach({ feature: 'qa', file: 'qa/x.ts', table: 'registrations', write: false })).toMatch(
      /reads registrations, a table of registration/,
    );
    expect(
      breach({ feature: 'dashboard', file: 'dashboard/x.ts', table: 'registrations', write: true }),
    ).toMatch(/writes registrations/);
    expect(breach({ feature: 'dashboard', file: 'dashboard/x.ts', table: 'polls', write: false })).toBeNull();
  });
});

/**
 * Kysely table types. Instants are ISO-8601 UTC strings, booleans are 0/1 integers and
 * structured values are JSON text, so one set of queries runs on SQLite and PostgreSQL alike.
 */
export interface PeopleTable {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organization: string;
  locale: string;
  role: 'organizer' | 'participant';
  passwordHash: string | null;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
}

export interface SessionsTable {
  id: string;
  personId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

export interface MagicLinksTable {
  id: string;
  tokenHash: string;
  personId: string;
  redirectTo: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface OrganizerInvitesTable {
  id: string;
  tokenHash: string;
  email: string;
  locale: string;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  tokenHash: string;
  tokenPrefix: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface SignInFailuresTable {
  id: string;
  key: string;
  createdAt: string;
}

export interface ConsentsTable {
  id: string;
  personId: string;
  eventId: string | null;
  kind: string;
  granted: number;
  textVersion: string;
  recordedAt: string;
  ip: string;
}

export interface EventsTable {
  id: string;
  slug: string;
  status: 'draft' | 'published' | 'archived';
  title: string;
  subtitle: string;
  teaser: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  venueMapUrl: string | null;
  capacity: number;
  seatsTaken: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  registrationClosedManually: number;
  languages: string;
  sectors: string;
  topics: string;
  contacts: string;
  imageUrl: string | null;
  imageAlt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  archivedAt: string | null;
}

export interface SitePagesTable {
  key: string;
  locale: string;
  title: string;
  body: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface OutboxTable {
  id: string;
  kind: string;
  dedupeKey: string;
  toAddress: string;
  locale: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: 'pending' | 'sent' | 'logged' | 'failed';
  attempts: number;
  lastError: string | null;
  availableAt: string;
  createdAt: string;
  sentAt: string | null;
}

export interface Database {
  people: PeopleTable;
  sessions: SessionsTable;
  magicLinks: MagicLinksTable;
  organizerInvites: OrganizerInvitesTable;
  apiTokens: ApiTokensTable;
  signInFailures: SignInFailuresTable;
  consents: ConsentsTable;
  events: EventsTable;
  sitePages: SitePagesTable;
  outbox: OutboxTable;
}

import type { Generated } from 'kysely';

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
  waitlistCounter: Generated<number>;
  guestsTaken: Generated<number>;
  confirmHours: Generated<number>;
  offerHours: Generated<number>;
  reconfirmDaysBefore: Generated<number>;
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
  /** JSON `[{ filename, contentType, contentBase64 }]`. */
  attachments: Generated<string>;
}

export type RegistrationStatus = 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'expired';

/** Seats are held by pending, offered and confirmed registrations (guests outside the public capacity). */
export interface RegistrationsTable {
  id: string;
  eventId: string;
  personId: string | null;
  status: RegistrationStatus;
  isGuest: number;
  email: string;
  salutation: string;
  academicTitle: string;
  firstName: string;
  lastName: string;
  organization: string;
  position: string;
  sector: string;
  phone: string;
  topics: string;
  answers: string;
  locale: string;
  consentDirectory: number;
  consentPhotos: number;
  waitlistNumber: number | null;
  ticketCode: string;
  manageTokenHash: string;
  confirmTokenHash: string | null;
  confirmExpiresAt: string | null;
  requestedAt: string;
  requestIp: string;
  optinMailSentAt: string | null;
  confirmedAt: string | null;
  confirmIp: string | null;
  offeredAt: string | null;
  cancelledAt: string | null;
  expiredAt: string | null;
  reconfirmSentAt: string | null;
  reconfirmAnswer: 'yes' | 'released' | null;
  reconfirmAnsweredAt: string | null;
  checkedInAt: string | null;
  checkInCount: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface RegistrationQuestionsTable {
  id: string;
  eventId: string;
  kind: 'text' | 'single' | 'multiple' | 'checkbox';
  /** JSON `{ de, en }`. */
  label: string;
  /** JSON `[{ key, label: { de, en } }]` for choices; `[]` otherwise. */
  options: string;
  required: number;
  position: number;
}

export interface CheckinsTable {
  /** Generated on the scanning device, so a resend after a network failure is harmless. */
  id: string;
  eventId: string;
  registrationId: string;
  scannedAt: string;
  receivedAt: string;
  device: string;
  /** Which check-in of the person this scan was (1 = first), fixed when stored. */
  checkInNumber: Generated<number>;
}

/** One mailed personal link of a registration (only the hash of the secret is kept). */
export interface RegistrationLinksTable {
  tokenHash: string;
  registrationId: string;
  purpose: string;
  createdAt: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  statusCode: number;
  body: string;
  createdAt: string;
}

/** A programme item of an event (keynote, panel, island round, break, ...). */
export interface ProgramSessionsTable {
  id: string;
  eventId: string;
  type: 'keynote' | 'panel' | 'talk' | 'island-round' | 'networking' | 'break' | 'other';
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  room: string;
  /** JSON `string[]`. */
  topics: string;
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSpeakersTable {
  id: string;
  eventId: string;
  name: string;
  organization: string;
  position: string;
  bio: string;
  photoUrl: string | null;
  photoAlt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSessionSpeakersTable {
  sessionId: string;
  speakerId: string;
  role: 'moderator' | 'panelist' | 'speaker';
  position: number;
}

/** A session a person starred ("Mein Programm"). */
export interface AgendaStarsTable {
  personId: string;
  sessionId: string;
  createdAt: string;
}

/** The hash of a person's secret agenda feed token. */
export interface AgendaFeedsTable {
  personId: string;
  tokenHash: string;
  createdAt: string;
}

export interface Database {
  registrations: RegistrationsTable;
  registrationQuestions: RegistrationQuestionsTable;
  checkins: CheckinsTable;
  registrationLinks: RegistrationLinksTable;
  idempotencyKeys: IdempotencyKeysTable;
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
  programSessions: ProgramSessionsTable;
  programSpeakers: ProgramSpeakersTable;
  programSessionSpeakers: ProgramSessionSpeakersTable;
  agendaStars: AgendaStarsTable;
  agendaFeeds: AgendaFeedsTable;
}

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
  /** Names, email and organization folded for search (searchTextOf); written with every change of them. */
  searchText: string;
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
  /** The language the organizers write the event's texts in ('de' or 'en'). */
  contentLanguage: Generated<string>;
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
  /** Hours one extension of a waitlist offer adds (0: a person cannot ask for more time). */
  offerExtensionHours: Generated<number>;
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
  /** What the mail is about, for the organizers' outbox filters and a person's mail history (null: no event). */
  eventId: string | null;
  registrationId: string | null;
  personId: string | null;
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
  /** When the person asked for more time on a seat offer (granted once). */
  offerExtendedAt: Generated<string | null>;
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
  /** Names, email and organization folded for search (searchTextOf); written with every change of them. */
  searchText: string;
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
  /** SHA-256 of the request body the stored answer belongs to ('' for rows from before it was kept). */
  requestHash: Generated<string>;
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

/** A server-issued guest identity (live Q&A and polls); the cookie holds the secret, only its hash is here. */
export interface InstallationSecretsTable {
  name: string;
  value: string;
  createdAt: string;
}

/** One run of the retention job: JSON `{ kind: rows purged }`. */
export interface RetentionRunsTable {
  id: string;
  ranAt: string;
  purged: string;
}

export interface LiveGuestsTable {
  id: string;
  tokenHash: string;
  createdAt: string;
  lastSeenAt: string;
}

/** Networking settings of an event: its competence list and the profiles version counter. */
export interface NetworkingSettingsTable {
  eventId: string;
  /** JSON `[{ key, label: { de, en } }]`, or null for the default list. */
  competences: string | null;
  /** JSON `[{ id, prefLabel, altLabel, broader, … }]`: the event's own thesaurus concepts, or null. */
  thesaurus: string | null;
  profilesVersion: Generated<number>;
  updatedAt: string;
}

/** A participant's directory profile for one event (only with the directory consent). */
export interface NetworkingProfilesTable {
  eventId: string;
  personId: string;
  organization: string;
  organizationKey: string;
  sector: string;
  position: string;
  description: string;
  offerText: string;
  seekText: string;
  /** JSON `string[]` of competence keys. */
  offerTags: string;
  seekTags: string;
  /** JSON `string[]`. */
  topics: string;
  languages: string;
  textLanguage: 'de' | 'en';
  createdAt: string;
  updatedAt: string;
}

/** `blockerId` does not want to be contacted by, or recommended to, `blockedId` (both directions hide). */
export interface NetworkingBlocksTable {
  blockerId: string;
  blockedId: string;
  createdAt: string;
}

/** Per event: the ranking deadline, the sector cap and the state of the island assignment. */
export interface IslandSettingsTable {
  eventId: string;
  rankingDeadline: string | null;
  /** Percent, 1..100. */
  maxSectorShare: Generated<number>;
  status: Generated<'none' | 'draft' | 'locked' | 'published'>;
  sectorCapInfeasible: Generated<number>;
  assignedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** A conversation island of an event (theme, place, seats per round). */
export interface IslandsTable {
  id: string;
  eventId: string;
  position: number;
  theme: string;
  description: string;
  /** JSON `string[]`. */
  guidingQuestions: string;
  place: string;
  tableLabel: string;
  capacity: number;
  createdAt: string;
  updatedAt: string;
}

export interface IslandHostsTable {
  id: string;
  islandId: string;
  personId: string | null;
  name: string;
  email: string;
  organization: string;
  tokenHash: string | null;
  createdAt: string;
}

/** A person's ranking (JSON island ids, best first) and exclusions for one event. */
export interface IslandPreferencesTable {
  eventId: string;
  personId: string;
  ranking: string;
  excluded: string;
  updatedAt: string;
}

/** A person's seat at an island in one round. */
export interface IslandPlacementsTable {
  id: string;
  eventId: string;
  roundId: string;
  islandId: string;
  personId: string;
  choiceRank: number | null;
  source: 'auto' | 'manual' | 'late' | 'waitlist';
  sequence: Generated<number>;
  checkedInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IslandRoundSeatsTable {
  islandId: string;
  roundId: string;
  taken: Generated<number>;
}

export interface IslandWaitlistTable {
  id: string;
  eventId: string;
  roundId: string;
  islandId: string;
  personId: string;
  position: number;
  createdAt: string;
}

/** A session's live settings: Q&A on/off, pre-approval, guests, join code, what the hall screen shows. */
export interface LiveSessionSettingsTable {
  sessionId: string;
  qaEnabled: number;
  preApproval: number;
  guestsAllowed: number;
  joinCode: string;
  moderatorTokenHash: string | null;
  screenMode: 'questions' | 'poll';
  screenPollId: string | null;
  version: number;
  updatedAt: string;
}

/** A person or guest ('p:<id>' / 'g:<id>') who redeemed a session's moderator link. */
export interface LiveModeratorGrantsTable {
  sessionId: string;
  viewerKey: string;
  createdAt: string;
}

/** An audience question; `authorName` is null for anonymous ones, `authorKey` is the asker's voter key. */
export interface QaQuestionsTable {
  id: string;
  sessionId: string;
  authorKey: string;
  authorPersonId: string | null;
  isAnonymous: number;
  authorName: string | null;
  text: string;
  state: 'pending' | 'approved' | 'hidden' | 'merged';
  isAnswered: Generated<number>;
  isPinned: Generated<number>;
  isEdited: Generated<number>;
  mergedIntoId: string | null;
  mergedCount: Generated<number>;
  voteCount: Generated<number>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One upvote: one per voter and question (primary key). */
export interface QaVotesTable {
  questionId: string;
  voterKey: string;
  personId: string | null;
  createdAt: string;
}

/** A voter blocked from a session's Q&A, with the question that led to it. */
export interface QaBlocksTable {
  id: string;
  sessionId: string;
  voterKey: string;
  questionId: string | null;
  createdAt: string;
}

export interface PollsTable {
  id: string;
  sessionId: string;
  kind: 'single' | 'multiple' | 'rating' | 'words';
  question: string;
  maxChoices: number | null;
  state: 'draft' | 'open' | 'closed';
  resultsVisibility: 'after-vote' | 'on-show';
  resultsShown: Generated<number>;
  position: number;
  voterCount: Generated<number>;
  version: number;
  tallyVersion: number;
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PollOptionsTable {
  id: string;
  pollId: string;
  position: number;
  label: string;
  voteCount: Generated<number>;
}

/** One answer to a poll: one per voter and poll (primary key). */
export interface PollVotesTable {
  pollId: string;
  voterKey: string;
  personId: string | null;
  createdAt: string;
}

export interface PollVoteChoicesTable {
  pollId: string;
  voterKey: string;
  optionId: string | null;
  wordKey: string | null;
}

/** A word cloud's words with their exact counts (first spelling seen is shown). */
export interface PollWordsTable {
  pollId: string;
  wordKey: string;
  word: string;
  voteCount: number;
}

/** Meetings settings of an event (see migration 202611250650_meetings). */
export interface MeetingSettingsTable {
  eventId: string;
  selfPickAllowed: number;
  placementVersion: Generated<number>;
  updatedAt: string;
}

/** The slot length of one networking session (a meeting block); default when absent. */
export interface MeetingBlockSettingsTable {
  sessionId: string;
  eventId: string;
  slotMinutes: number;
  updatedAt: string;
}

/** A meeting slot cut from a networking session; retired (kept) when the session no longer yields it. */
export interface MeetingSlotsTable {
  id: string;
  eventId: string;
  sessionId: string;
  startsAt: string;
  endsAt: string;
  retiredAt: string | null;
  createdAt: string;
}

export interface MeetingTablesTable {
  id: string;
  eventId: string;
  number: number;
  location: string;
  createdAt: string;
  updatedAt: string;
}

export type MeetingStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

/** A 1:1 meeting request and, once accepted, the meeting. */
export interface MeetingsTable {
  id: string;
  eventId: string;
  requesterId: string;
  recipientId: string;
  openPairKey: string | null;
  message: string;
  status: MeetingStatus;
  placementVersion: Generated<number>;
  needsReschedulingSince: string | null;
  formerStartsAt: string | null;
  createdAt: string;
  answeredAt: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  updatedAt: string;
}

/** Where a meeting takes place (published); unique per (slot, table). */
export interface MeetingPlacementsTable {
  meetingId: string;
  eventId: string;
  slotId: string;
  tableId: string;
  placedBy: 'scheduler' | 'participant';
  placedAt: string;
}

/** One row per person of a placed meeting; the primary key (slot, person) forbids double booking. */
export interface MeetingSlotPeopleTable {
  slotId: string;
  personId: string;
  meetingId: string;
}

/** A time a person blocked for meetings. */
export interface MeetingUnavailabilityTable {
  personId: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
  createdAt: string;
}

export interface MeetingRunsTable {
  id: string;
  eventId: string;
  runningKey: string | null;
  status: 'running' | 'done' | 'failed' | 'published' | 'discarded';
  phase: string;
  done: number;
  total: number;
  baseVersion: number;
  /** JSON report once done. */
  report: string | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
}

export interface MeetingDraftPlacementsTable {
  runId: string;
  meetingId: string;
  slotId: string;
  tableId: string;
}

export interface MeetingNoticesTable {
  id: string;
  personId: string;
  eventId: string;
  meetingId: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
}

/** The retrospective of an event (see migration 202611250800_retrospective). */
export interface RetrospectivesTable {
  eventId: string;
  headline: string;
  lead: string;
  body: string;
  reportUrl: string | null;
  /** JSON `{ name, role, email, phone }` or null. */
  contact: string | null;
  /** JSON `[{ text, attribution }]`. */
  quotes: string;
  /** JSON `string[]` of chosen figure keys. */
  figures: string;
  publishedAt: string | null;
  /**
   * JSON snapshot `{ headline, lead, body, reportUrl, contact, quotes, figures, photos }` of the version
   * the public sees, taken at publish (migration 202612071800_retrospective_draft; `photos`
   * `[{ id, alt, caption }]` since 202612081000_retrospective_photo_draft); the columns above are the draft.
   */
  publishedVersion: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RetrospectivePhotosTable {
  id: string;
  eventId: string;
  contentType: string;
  contentBase64: string;
  byteSize: number;
  alt: string;
  caption: string;
  position: number;
  createdAt: string;
  /** 1: part of the draft; 0: removed from the draft, kept while the published version shows it. */
  inDraft: Generated<number>;
}

/** The network's brand (one row, id `network`); empty texts mean "not set". */
export interface BrandingTable {
  id: string;
  networkName: string;
  primaryColour: string;
  accentColour: string;
  senderName: string;
  replyTo: string;
  imprintText: string;
  imprintUrl: string;
  privacyUrl: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  logoContentType: string | null;
  logoBase64: string | null;
  logoByteSize: number | null;
  logoAlt: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SurveySettingsTable {
  eventId: string;
  isEnabled: Generated<number>;
  delayDays: Generated<number>;
  updatedAt: string;
}

/** One mailed survey link per attendee; `answeredAt` is the only trace of an answer. */
export interface SurveyInvitationsTable {
  id: string;
  eventId: string;
  registrationId: string;
  tokenHash: string;
  createdAt: string;
  answeredAt: string | null;
}

/** An anonymous survey answer: no link to a person or an invitation. */
export interface SurveyResponsesTable {
  id: string;
  eventId: string;
  rating: number;
  metPartners: number;
  partnerCount: number | null;
  partnerSectors: string;
  willReturn: 'yes' | 'maybe' | 'no';
  comment: string;
  answeredOn: string;
}

/** A receiver of webhooks: every event of the installation (eventId null) or one event's. */
export interface WebhookEndpointsTable {
  id: string;
  eventId: string | null;
  url: string;
  description: string;
  /** JSON array of webhook event types. */
  eventTypes: string;
  /** Standard Webhooks secret, `whsec_` and base64; kept readable because signing needs it. */
  secret: string;
  /** The secret before the last rotation, still signing beside the new one until it expires. */
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
  status: 'active' | 'paused';
  pausedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A webhook message, written in the transaction of the change it reports (the outbox). */
export interface WebhookMessagesTable {
  id: string;
  type: string;
  eventId: string | null;
  /** JSON: ids and links only. */
  payload: string;
  createdAt: string;
  /** When it was fanned out to the endpoints subscribed then; null until then. */
  dispatchedAt: string | null;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One message to one endpoint, retried with back-off until it succeeds or `giveUpAt` passes. */
export interface WebhookDeliveriesTable {
  id: string;
  messageId: string;
  endpointId: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  availableAt: string;
  giveUpAt: string;
  lastAttemptAt: string | null;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
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
  liveGuests: LiveGuestsTable;
  installationSecrets: InstallationSecretsTable;
  retentionRuns: RetentionRunsTable;
  liveSessionSettings: LiveSessionSettingsTable;
  liveModeratorGrants: LiveModeratorGrantsTable;
  qaQuestions: QaQuestionsTable;
  qaVotes: QaVotesTable;
  qaBlocks: QaBlocksTable;
  polls: PollsTable;
  pollOptions: PollOptionsTable;
  pollVotes: PollVotesTable;
  pollVoteChoices: PollVoteChoicesTable;
  pollWords: PollWordsTable;
  islandSettings: IslandSettingsTable;
  islands: IslandsTable;
  islandHosts: IslandHostsTable;
  islandPreferences: IslandPreferencesTable;
  islandPlacements: IslandPlacementsTable;
  islandRoundSeats: IslandRoundSeatsTable;
  islandWaitlist: IslandWaitlistTable;
  networkingSettings: NetworkingSettingsTable;
  networkingProfiles: NetworkingProfilesTable;
  networkingBlocks: NetworkingBlocksTable;
  meetingSettings: MeetingSettingsTable;
  meetingBlockSettings: MeetingBlockSettingsTable;
  meetingSlots: MeetingSlotsTable;
  meetingTables: MeetingTablesTable;
  meetings: MeetingsTable;
  meetingPlacements: MeetingPlacementsTable;
  meetingSlotPeople: MeetingSlotPeopleTable;
  meetingUnavailability: MeetingUnavailabilityTable;
  meetingRuns: MeetingRunsTable;
  meetingDraftPlacements: MeetingDraftPlacementsTable;
  meetingNotices: MeetingNoticesTable;
  retrospectives: RetrospectivesTable;
  retrospectivePhotos: RetrospectivePhotosTable;
  surveySettings: SurveySettingsTable;
  surveyInvitations: SurveyInvitationsTable;
  surveyResponses: SurveyResponsesTable;
  branding: BrandingTable;
  projectIdeas: ProjectIdeasTable;
  projectRoles: ProjectRolesTable;
  projectInterests: ProjectInterestsTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookMessages: WebhookMessagesTable;
  webhookDeliveries: WebhookDeliveriesTable;
}

/** A project idea posted at an event by a participant (the initiator). */
export interface ProjectIdeasTable {
  id: string;
  eventId: string;
  initiatorId: string;
  title: string;
  problem: string;
  contribution: string;
  funding: string;
  stage: 'idea' | 'forming' | 'applying' | 'running';
  organization: string;
  sector: string;
  language: 'de' | 'en';
  createdAt: string;
  updatedAt: string;
}

/** A partner role an idea seeks: a sector and competence keys (JSON `string[]`) plus free text. */
export interface ProjectRolesTable {
  id: string;
  ideaId: string;
  position: number;
  sector: string;
  competences: string;
  description: string;
}

/** A participant's interest in a role; accepted ones form the idea's consortium. */
export interface ProjectInterestsTable {
  id: string;
  ideaId: string;
  roleId: string;
  personId: string;
  note: string;
  status: 'pending' | 'accepted' | 'declined';
  createdAt: string;
  decidedAt: string | null;
}

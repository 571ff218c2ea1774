import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { personSearchText } from '../../src/contract/search-fold.js';
import type { Database } from '../../src/server/db/schema.js';

/**
 * Plain rows of the tables the dashboard reads, inserted directly: the tests state exactly what is in
 * the database and compute the expected figures by hand; the benchmark bulk-inserts the same rows.
 */
type Row<T extends keyof Database> = Insertable<Database[T]>;

const AT = '2026-01-01T00:00:00.000Z';
let sequence = 0;

export function personRow(overrides: Partial<Row<'people'>> = {}): Row<'people'> {
  sequence += 1;
  return withSearchText({
    id: randomUUID(),
    email: `person${sequence}-${randomUUID().slice(0, 8)}@example.org`,
    firstName: 'Erika',
    lastName: `Muster${sequence}`,
    organization: 'Beispiel GmbH',
    locale: 'de',
    role: 'participant',
    passwordHash: null,
    createdAt: AT,
    updatedAt: AT,
    lastSignInAt: null,
    ...overrides,
  });
}

/** The row with its folded search text, as the application writes it. */
function withSearchText<T extends Parameters<typeof personSearchText>[0]>(
  row: T,
): T & { searchText: string } {
  return { ...row, searchText: personSearchText(row) };
}

export function eventRow(overrides: Partial<Row<'events'>> = {}): Row<'events'> {
  const id = randomUUID();
  return {
    id,
    slug: `event-${id.slice(0, 8)}`,
    status: 'published',
    title: 'Industriedialog Test',
    subtitle: '',
    teaser: '',
    description: '',
    startsAt: '2020-02-06T08:00:00.000Z',
    endsAt: '2020-02-06T16:00:00.000Z',
    timeZone: 'Europe/Berlin',
    venueName: 'Gläserne Manufaktur Dresden',
    venueAddress: 'Lennéstraße 1, 01069 Dresden',
    venueMapUrl: null,
    capacity: 250,
    seatsTaken: 0,
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosedManually: 0,
    languages: '["de"]',
    sectors: '[]',
    topics: '[]',
    contacts: '[]',
    imageUrl: null,
    imageAlt: null,
    createdBy: null,
    createdAt: AT,
    updatedAt: AT,
    publishedAt: AT,
    archivedAt: null,
    ...overrides,
  };
}

export function registrationRow(
  eventId: string,
  overrides: Partial<Row<'registrations'>> = {},
): Row<'registrations'> {
  sequence += 1;
  return withSearchText({
    id: randomUUID(),
    eventId,
    personId: null,
    status: 'confirmed',
    isGuest: 0,
    email: `reg${sequence}-${randomUUID().slice(0, 8)}@example.org`,
    salutation: '',
    academicTitle: '',
    firstName: 'Max',
    lastName: `Beispiel${sequence}`,
    organization: 'Beispiel GmbH',
    position: '',
    sector: 'oem',
    phone: '',
    topics: '[]',
    answers: '{}',
    locale: 'de',
    consentDirectory: 0,
    consentPhotos: 0,
    waitlistNumber: null,
    ticketCode: randomUUID(),
    manageTokenHash: randomUUID(),
    confirmTokenHash: null,
    confirmExpiresAt: null,
    requestedAt: '2020-01-10T09:00:00.000Z',
    requestIp: '127.0.0.1',
    optinMailSentAt: null,
    confirmedAt: null,
    confirmIp: null,
    offeredAt: null,
    cancelledAt: null,
    expiredAt: null,
    reconfirmSentAt: null,
    reconfirmAnswer: null,
    reconfirmAnsweredAt: null,
    checkedInAt: null,
    checkInCount: 0,
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  });
}

export function sessionRow(
  eventId: string,
  overrides: Partial<Row<'programSessions'>> = {},
): Row<'programSessions'> {
  return {
    id: randomUUID(),
    eventId,
    type: 'panel',
    title: 'Panel',
    description: '',
    startsAt: '2020-02-06T09:00:00.000Z',
    endsAt: '2020-02-06T10:00:00.000Z',
    room: 'Saal',
    topics: '[]',
    sequence: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function slotRow(
  eventId: string,
  sessionId: string,
  startsAt: string,
  endsAt: string,
): Row<'meetingSlots'> {
  return { id: randomUUID(), eventId, sessionId, startsAt, endsAt, retiredAt: null, createdAt: AT };
}

export function tableRow(eventId: string, number: number): Row<'meetingTables'> {
  return { id: randomUUID(), eventId, number, location: 'Foyer', createdAt: AT, updatedAt: AT };
}

export function meetingRow(
  eventId: string,
  requesterId: string,
  recipientId: string,
  status: Row<'meetings'>['status'],
): Row<'meetings'> {
  return {
    id: randomUUID(),
    eventId,
    requesterId,
    recipientId,
    openPairKey: null,
    message: '',
    status,
    needsReschedulingSince: null,
    formerStartsAt: null,
    createdAt: AT,
    answeredAt: null,
    cancelledAt: null,
    cancelledBy: null,
    updatedAt: AT,
  };
}

export function placementRow(
  eventId: string,
  meetingId: string,
  slotId: string,
  tableId: string,
): Row<'meetingPlacements'> {
  return { meetingId, eventId, slotId, tableId, placedBy: 'scheduler', placedAt: AT };
}

export function islandRow(eventId: string, position: number, capacity: number): Row<'islands'> {
  return {
    id: randomUUID(),
    eventId,
    position,
    theme: `Insel ${position}`,
    description: '',
    guidingQuestions: '[]',
    place: '',
    tableLabel: '',
    capacity,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function islandPlacementRow(
  eventId: string,
  roundId: string,
  islandId: string,
  personId: string,
  choiceRank: number | null,
): Row<'islandPlacements'> {
  return {
    id: randomUUID(),
    eventId,
    roundId,
    islandId,
    personId,
    choiceRank,
    source: 'auto',
    checkedInAt: null,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function questionRow(
  sessionId: string,
  authorKey: string,
  voteCount: number,
  state: Row<'qaQuestions'>['state'] = 'approved',
): Row<'qaQuestions'> {
  return {
    id: randomUUID(),
    sessionId,
    authorKey,
    authorPersonId: null,
    isAnonymous: 1,
    authorName: null,
    text: 'Wie geht es weiter?',
    state,
    mergedIntoId: null,
    voteCount,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function pollRow(
  sessionId: string,
  voterCount: number,
  state: Row<'polls'>['state'],
  position = 0,
): Row<'polls'> {
  return {
    id: randomUUID(),
    sessionId,
    kind: 'single',
    question: `Frage ${position}`,
    maxChoices: null,
    state,
    resultsVisibility: 'after-vote',
    position,
    voterCount,
    version: 1,
    tallyVersion: 1,
    openedAt: null,
    closedAt: null,
    createdAt: AT,
    updatedAt: AT,
  };
}

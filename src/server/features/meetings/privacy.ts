import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PersonDataEraser, PersonDataExporter } from '../privacy/index.js';
import { meetingRepository as repo } from './repository.js';

/** The person's meetings (both directions), blocked times and notices, for their data export. */
export const exportMeetings: PersonDataExporter = async (personId: string, db: Kysely<Database>) => {
  const meetings = await repo.listAllOfPerson(db, personId);
  return {
    meetings: meetings.map((m) => ({
      id: m.id,
      eventId: m.eventId,
      role: m.requesterId === personId ? 'requester' : 'recipient',
      otherPersonId: m.requesterId === personId ? m.recipientId : m.requesterId,
      status: m.status,
      message: m.message,
      createdAt: m.createdAt,
      answeredAt: m.answeredAt,
      cancelledAt: m.cancelledAt,
      slot: m.slotStartsAt ? { startsAt: m.slotStartsAt, endsAt: m.slotEndsAt } : null,
      table: m.tableNumber,
    })),
    blockedTimes: await repo.listBlockedTimesOfPerson(db, personId),
    notices: await repo.listNoticesOfPerson(db, personId),
  };
};

/**
 * Erases the person's meetings (either side; their placements, drafts and notices go with them by
 * cascade), blocked times and notices. Freed slots and tables are simply free again.
 */
export const eraseMeetings: PersonDataEraser = async (personId: string, trx: Transaction<Database>) => {
  await repo.erasePerson(trx, personId);
};

import type { MeetingNoticeKind, MeetingNotices } from '../../../contract/meetings.js';
import type { Actor } from '../../plugins/auth.js';
import type { EventRow } from '../events/index.js';
import { toMeetingPerson } from './mapping.js';
import { personOf } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo } from './repository.js';

const NOTICES_SHOWN = 50;

/** The in-app notice list: what happened to the person's meetings, newest first. */
export function createMeetingNoticeService(deps: MeetingsDeps) {
  const { db, clock } = deps;
  return {
    /** The person's latest notices across events, with how many are unread. */
    async listNotices(actor: Actor): Promise<MeetingNotices> {
      const personId = personOf(actor);
      const rows = await repo.listNotices(db, personId, NOTICES_SHOWN);
      const people = await repo.findPeople(
        db,
        rows.flatMap((r) => [r.requesterId, r.recipientId]),
      );
      const events = new Map<string, EventRow | undefined>();
      for (const id of new Set(rows.map((r) => r.eventId))) {
        events.set(id, await deps.events.findEventRowById(id));
      }
      const notices = rows.flatMap((row) => {
        const event = events.get(row.eventId);
        if (!event) {
          return [];
        }
        const otherId = row.requesterId === personId ? row.recipientId : row.requesterId;
        return [
          {
            id: row.id,
            kind: row.kind as MeetingNoticeKind,
            meetingId: row.meetingId,
            event: { slug: event.slug, title: event.title },
            other: toMeetingPerson(otherId, people.get(otherId)),
            createdAt: row.createdAt,
            readAt: row.readAt,
          },
        ];
      });
      return { notices, unread: notices.filter((n) => n.readAt === null).length };
    },

    /** Marks all of the person's notices read. */
    async markNoticesRead(actor: Actor): Promise<void> {
      await repo.markNoticesRead(db, personOf(actor), clock.now().toISOString());
    },
  };
}
export type MeetingNoticeService = ReturnType<typeof createMeetingNoticeService>;

import type { AgendaAssignment, AgendaAssignmentSource } from '../program/index.js';
import type { EventRow } from '../events/index.js';
import { fullName } from './notify.js';
import { otherOf } from './policy.js';
import type { MeetingsDeps } from './ports.js';
import { meetingRepository as repo, type MeetingWithPlace } from './repository.js';
import { syncSlots } from './slot-sync.js';
import { agendaLine, tableLocationLine } from './wording.js';

/**
 * The person's published meetings for "Mein Programm / My agenda" and its .ics feed:
 * "14:20, Tisch 12: Anna Beispiel, Beispiel Energie GmbH". The UID stays the meeting's; the
 * sequence is its placement version, so a calendar replaces the entry when the meeting moves.
 */
export function createMeetingAgendaSource(deps: MeetingsDeps): AgendaAssignmentSource {
  const { db } = deps;

  function toAssignment(
    row: MeetingWithPlace,
    personId: string,
    event: EventRow,
    others: Map<string, { name: string; organization: string }>,
  ): AgendaAssignment | null {
    if (!row.slotStartsAt || !row.slotEndsAt || row.tableNumber === null) {
      return null;
    }
    const otherId = otherOf(row, personId);
    const other = others.get(otherId) ?? { name: '–', organization: '' };
    const place = { startsAt: row.slotStartsAt, timeZone: event.timeZone, tableNumber: row.tableNumber };
    const location = row.tableLocation ?? '';
    return {
      uid: `meeting:${row.id}`,
      kind: 'meeting',
      eventId: event.id,
      sessionId: row.slotSessionId,
      startsAt: row.slotStartsAt,
      endsAt: row.slotEndsAt,
      sequence: row.placementVersion,
      updatedAt: row.placedAt ?? row.updatedAt,
      summary: { de: agendaLine('de', place, other), en: agendaLine('en', place, other) },
      location: {
        de: tableLocationLine('de', row.tableNumber, location),
        en: tableLocationLine('en', row.tableNumber, location),
      },
      details: {
        meetingId: row.id,
        tableNumber: row.tableNumber,
        tableLocation: location,
        partnerName: other.name,
        partnerOrganization: other.organization,
      },
    };
  }

  return {
    async listForPerson(personId: string, eventId?: string): Promise<AgendaAssignment[]> {
      const first = await repo.listPlacedForPerson(db, personId, eventId);
      const events = new Map<string, EventRow>();
      for (const id of new Set(first.map((r) => r.eventId))) {
        const event = await deps.events.findEventRowById(id);
        if (event && event.status !== 'draft') {
          // A slot the programme no longer yields must not stay in anyone's calendar.
          await syncSlots(deps, event);
          events.set(id, event);
        }
      }
      const rows = first.length > 0 ? await repo.listPlacedForPerson(db, personId, eventId) : [];
      const people = await repo.findPeople(
        db,
        rows.map((r) => otherOf(r, personId)),
      );
      const others = new Map(
        [...people.values()].map((p) => [p.id, { name: fullName(p), organization: p.organization }]),
      );
      return rows.flatMap((row) => {
        const event = events.get(row.eventId);
        const assignment = event ? toAssignment(row, personId, event, others) : null;
        return assignment ? [assignment] : [];
      });
    },
  };
}

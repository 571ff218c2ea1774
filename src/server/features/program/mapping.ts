import type { AdminSession, ProgrammeSession, Speaker } from '../../../contract/program.js';
import { renderMarkdown } from '../../markdown.js';
import { toLocalDateTime } from '../events/index.js';
import type { SessionWithSpeakers, SpeakerRow } from './repository.js';

function parseTopics(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** A speaker as the API shows it. */
export function toSpeaker(row: SpeakerRow): Speaker {
  return {
    id: row.id,
    name: row.name,
    organization: row.organization,
    position: row.position,
    bio: row.bio,
    photoUrl: row.photoUrl || null,
    photoAlt: row.photoUrl ? (row.photoAlt ?? '') : null,
  };
}

/** A session for the public timetable; times also as wall-clock in the event's zone. */
export function toProgrammeSession(row: SessionWithSpeakers, timeZone: string): ProgrammeSession {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    descriptionHtml: renderMarkdown(row.description),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    startsAtLocal: toLocalDateTime(row.startsAt, timeZone),
    endsAtLocal: toLocalDateTime(row.endsAt, timeZone),
    room: row.room,
    topics: parseTopics(row.topics),
    speakers: row.speakers.map((s) => ({ ...toSpeaker(s), role: s.role })),
  };
}

/** A session for the organizer's editor. */
export function toAdminSession(row: SessionWithSpeakers, timeZone: string): AdminSession {
  return {
    ...toProgrammeSession(row, timeZone),
    eventId: row.eventId,
    description: row.description,
    sequence: row.sequence,
    updatedAt: row.updatedAt,
  };
}

/** Rooms in the order they first appear in the day (sessions sorted by start). */
export function roomsInOrder(sessions: readonly { room: string }[]): string[] {
  return [...new Set(sessions.map((s) => s.room).filter((r) => r !== ''))];
}

import type { ProgrammeConflict } from '../../../contract/program.js';

/** What the conflict check needs to know of a session. */
export interface ConflictSession {
  id: string;
  title: string;
  /** UTC ISO instants. */
  startsAt: string;
  endsAt: string;
  room: string;
  speakers: readonly { id: string; name: string }[];
}

function overlaps(a: ConflictSession, b: ConflictSession): boolean {
  // Half-open intervals: a session ending at 10:00 and one starting at 10:00 do not clash.
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

function roomKey(room: string): string {
  return room.trim().toLocaleLowerCase('de');
}

function brief(s: ConflictSession) {
  return { id: s.id, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt };
}

/**
 * Every pair of overlapping sessions that share a speaker or a (named) room: one conflict per shared
 * speaker or room and pair, ordered by the earlier session's start. Pure; sessions in any order.
 */
export function findProgrammeConflicts(sessions: readonly ConflictSession[]): ProgrammeConflict[] {
  const sorted = [...sessions].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt) || a.id.localeCompare(b.id),
  );
  const conflicts: ProgrammeConflict[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    // Sorted by start: once a later session starts at or after a's end, none after it can overlap a.
    for (let j = i + 1; j < sorted.length && sorted[j]!.startsAt < a.endsAt; j += 1) {
      const b = sorted[j]!;
      if (!overlaps(a, b)) {
        continue;
      }
      const pair: ProgrammeConflict['sessions'] = [brief(a), brief(b)];
      if (roomKey(a.room) !== '' && roomKey(a.room) === roomKey(b.room)) {
        conflicts.push({ kind: 'room', subject: a.room.trim(), speakerId: null, sessions: pair });
      }
      const inB = new Set(b.speakers.map((s) => s.id));
      for (const speaker of a.speakers) {
        if (inB.has(speaker.id)) {
          conflicts.push({ kind: 'speaker', subject: speaker.name, speakerId: speaker.id, sessions: pair });
        }
      }
    }
  }
  return conflicts;
}

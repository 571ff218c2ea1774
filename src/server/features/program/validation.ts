import type { SessionFields, SpeakerFields } from '../../../contract/program.js';
import { AppError, type FieldProblem } from '../../errors.js';
import { parseEventDateTime } from '../events/index.js';

interface EventFrame {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * Checks a session against its event and turns it into stored values. A session must lie within the
 * event's start and end: refused (not just warned), so the public timetable never shows an item on
 * another day. Moving the event later does not move its sessions; the editor then shows them as they are.
 */
export function sessionColumns(fields: SessionFields, event: EventFrame, speakerIds: ReadonlySet<string>) {
  const problems: FieldProblem[] = [];
  const startsAt = parseEventDateTime(fields.startsAt, event.timeZone);
  const endsAt = parseEventDateTime(fields.endsAt, event.timeZone);
  if (!startsAt) {
    problems.push({ field: 'startsAt', key: 'field.invalid_datetime' });
  }
  if (!endsAt) {
    problems.push({ field: 'endsAt', key: 'field.invalid_datetime' });
  }
  if (startsAt && endsAt && endsAt <= startsAt) {
    problems.push({ field: 'endsAt', key: 'field.ends_before_start' });
  }
  if (startsAt && (startsAt < event.startsAt || startsAt >= event.endsAt)) {
    problems.push({ field: 'startsAt', key: 'field.session_outside_event' });
  }
  if (endsAt && (endsAt > event.endsAt || endsAt <= event.startsAt)) {
    problems.push({ field: 'endsAt', key: 'field.session_outside_event' });
  }
  const seen = new Set<string>();
  fields.speakers.forEach((s, index) => {
    if (!speakerIds.has(s.speakerId)) {
      problems.push({ field: `speakers.${index}.speakerId`, key: 'field.speaker_unknown' });
    } else if (seen.has(s.speakerId)) {
      problems.push({ field: `speakers.${index}.speakerId`, key: 'field.speaker_twice' });
    }
    seen.add(s.speakerId);
  });
  if (problems.length > 0 || !startsAt || !endsAt) {
    throw new AppError('validation_failed', problems);
  }
  return {
    type: fields.type,
    title: fields.title,
    description: fields.description,
    startsAt,
    endsAt,
    room: fields.room,
    topics: JSON.stringify([...new Set(fields.topics)]),
  };
}

/** Checks a speaker (a photo needs its alternative text) and turns it into stored values. */
export function speakerColumns(fields: SpeakerFields) {
  if (fields.photoUrl && !fields.photoAlt) {
    throw new AppError('validation_failed', [{ field: 'photoAlt', key: 'field.alt_required' }]);
  }
  return {
    name: fields.name,
    organization: fields.organization,
    position: fields.position,
    bio: fields.bio,
    photoUrl: fields.photoUrl || null,
    photoAlt: fields.photoUrl ? fields.photoAlt : null,
  };
}

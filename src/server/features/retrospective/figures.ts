import type { Kysely } from 'kysely';
import type { Figure, FigureKey } from '../../../contract/retrospective.js';
import type { Locale } from '../../../contract/locale.js';
import type { Database } from '../../db/schema.js';
import {
  countItem,
  emptyFigure,
  guardGroup,
  parseSectors,
  percentOf,
  sectorLabel,
  toCount,
} from './figure-shape.js';
import { listHeldMeetings } from '../dashboard/index.js';
import { pollsFigure, surveyFigure, topQuestionsFigure } from './figures-interaction.js';

export { pollsFigure, surveyFigure, topQuestionsFigure } from './figures-interaction.js';
export { guardGroup, percentOf } from './figure-shape.js';

type Db = Kysely<Database>;

/** Who counts as a participant: checked in, or confirmed when the event had no check-in at all. */
export async function attendeeBasis(db: Db, eventId: string): Promise<'checked-in' | 'confirmed'> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .where('checkedInAt', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row ? 'checked-in' : 'confirmed';
}

/** The attendees' registrations (person id and sector) on the basis above. */
async function listAttendees(db: Db, eventId: string, basis: 'checked-in' | 'confirmed') {
  let query = db.selectFrom('registrations').select(['personId', 'sector']).where('eventId', '=', eventId);
  // A registration cancelled after its check-in (a correction at the desk) no longer counts.
  query = query.where('status', '=', 'confirmed');
  return (basis === 'checked-in' ? query.where('checkedInAt', 'is not', null) : query).execute();
}

/** Participants: how many attended (value), on which basis; suppressed below three. */
export async function participantsFigure(db: Db, eventId: string): Promise<Figure> {
  const basis = await attendeeBasis(db, eventId);
  const attendees = await listAttendees(db, eventId, basis);
  const figure = emptyFigure('participants', attendees.length);
  return guardGroup({ ...figure, basis, value: attendees.length });
}

/** Sectors represented among the participants, each with its count; sectors of one or two people hidden. */
export async function sectorsFigure(db: Db, eventId: string, locale: Locale): Promise<Figure> {
  const event = await db.selectFrom('events').select('sectors').where('id', '=', eventId).executeTakeFirst();
  const sectors = parseSectors(event?.sectors);
  const basis = await attendeeBasis(db, eventId);
  const counts = new Map<string, number>();
  const attendees = await listAttendees(db, eventId, basis);
  for (const { sector } of attendees) {
    counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  const ranked = [...counts.entries()]
    .filter(([key]) => key !== '')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.filter(([, n]) => n >= 3);
  const figure = emptyFigure('sectors', attendees.length);
  return guardGroup({
    ...figure,
    basis,
    value: shown.length,
    items: shown.map(([key, n]) => countItem(sectorLabel(sectors, key, locale), n, attendees.length)),
    hiddenItems: ranked.length - shown.length,
  });
}

function distinctPeople(meetings: { requesterId: string; recipientId: string }[]): number {
  const people = new Set<string>();
  for (const m of meetings) {
    people.add(m.requesterId);
    people.add(m.recipientId);
  }
  return people.size;
}

/** Meetings held, as the dashboard counts them (dashboard/event-figures.ts); the group is the people who met. */
export async function meetingsFigure(db: Db, eventId: string, now: Date): Promise<Figure> {
  const held = await listHeldMeetings(db, eventId, now);
  const figure = emptyFigure('meetings', distinctPeople(held));
  return guardGroup({ ...figure, value: held.length });
}

/** Share of held meetings between people of different sectors (sector from their registration). */
export async function crossSectorFigure(db: Db, eventId: string, now: Date): Promise<Figure> {
  const held = await listHeldMeetings(db, eventId, now);
  const rows = await db
    .selectFrom('registrations')
    .select(['personId', 'sector'])
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .where('personId', 'is not', null)
    .execute();
  const sectorOf = new Map(rows.map((r) => [r.personId ?? '', r.sector]));
  const known = held.filter((m) => sectorOf.get(m.requesterId) && sectorOf.get(m.recipientId));
  const cross = known.filter((m) => sectorOf.get(m.requesterId) !== sectorOf.get(m.recipientId)).length;
  const figure = emptyFigure('crossSector', distinctPeople(known));
  return guardGroup({ ...figure, value: cross, percent: percentOf(cross, known.length) });
}

/** Computes the figures of an event (all of them, or the keys given), each already small-group guarded. */
export async function computeFigures(
  db: Db,
  eventId: string,
  locale: Locale,
  now: Date,
  keys?: readonly FigureKey[],
): Promise<Figure[]> {
  const compute: Record<FigureKey, () => Promise<Figure>> = {
    participants: () => participantsFigure(db, eventId),
    sectors: () => sectorsFigure(db, eventId, locale),
    meetings: () => meetingsFigure(db, eventId, now),
    crossSector: () => crossSectorFigure(db, eventId, now),
    topQuestions: () => topQuestionsFigure(db, eventId),
    polls: () => pollsFigure(db, eventId),
    survey: () => surveyFigure(db, eventId, locale),
  };
  const wanted = keys ?? (Object.keys(compute) as FigureKey[]);
  const figures: Figure[] = [];
  for (const key of wanted) {
    figures.push(await compute[key]());
  }
  return figures;
}

export { toCount };

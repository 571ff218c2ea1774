import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from '../plugins/auth.js';
import type { OrganizerSeatService } from '../features/registration/index.js';

// Invented names only; every address is at example.org. No real person's data.
const FIRST_NAMES = [
  'Anna',
  'Jonas',
  'Lea',
  'Felix',
  'Marie',
  'Lukas',
  'Sophie',
  'Paul',
  'Hannah',
  'Maximilian',
  'Emilia',
  'Tobias',
  'Clara',
  'Jan',
  'Lena',
  'Moritz',
  'Greta',
  'David',
  'Ida',
  'Simon',
  'Frieda',
  'Erik',
  'Nora',
  'Till',
  'Ronja',
];
const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Schäfer',
];

/** Invented organizations per sector key of DESIGN.md's default list. */
const ORGANIZATIONS: Record<string, string[]> = {
  oem: ['Elbtal Automobilwerk (Demo)', 'Sachsen Fahrzeugbau (Demo)'],
  supplier: [
    'Erzgebirge Antriebstechnik (Demo)',
    'Lausitzer Karosserieteile (Demo)',
    'Vogtland Elektronik (Demo)',
  ],
  machinery: ['Chemnitzer Anlagenbau (Demo)', 'Muldental Robotik (Demo)'],
  energy: ['Stadtwerke Elbaue (Demo)', 'Wasserstoff Mitteldeutschland (Demo)'],
  facility: ['Gebäudeservice Neustadt (Demo)'],
  it: ['Datenwerk Dresden (Demo)', 'Cloudfabrik Leipzig (Demo)'],
  logistics: ['Elbe Logistik (Demo)', 'Güterverkehr Sachsen (Demo)'],
  mobility: ['Ladepunkt Sachsen (Demo)', 'Carsharing Mitte (Demo)'],
  research: ['Institut für Fahrzeugsysteme (Demo)', 'Hochschule Zwickau Ost (Demo)'],
  public: ['Wirtschaftsförderung Region (Demo)'],
  other: ['Beratung Nord (Demo)'],
};

// Shares roughly like the reference day: suppliers and OEMs strongest, every sector present.
const SECTOR_WEIGHTS: [string, number][] = [
  ['supplier', 55],
  ['oem', 30],
  ['machinery', 30],
  ['energy', 28],
  ['it', 25],
  ['logistics', 20],
  ['mobility', 20],
  ['research', 17],
  ['facility', 10],
  ['public', 10],
  ['other', 5],
];

/** The sector of the n-th synthetic participant, following SECTOR_WEIGHTS (deterministic). */
function sectorFor(index: number): string {
  const total = SECTOR_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let slot = (index * 37) % total;
  for (const [key, weight] of SECTOR_WEIGHTS) {
    if (slot < weight) {
      return key;
    }
    slot -= weight;
  }
  return 'other';
}

/**
 * Fills the booked-out 2020 edition with synthetic, confirmed participants across the sectors,
 * through the organizer's own "add participant" use case (seats counted as in real life, no mails).
 */
export async function loadDemoParticipants(
  seats: OrganizerSeatService,
  actor: Actor,
  eventId: string,
  count: number,
): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const sector = sectorFor(i);
    const organizations = ORGANIZATIONS[sector] ?? ORGANIZATIONS.other!;
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    await seats.addRegistration(actor, eventId, {
      firstName,
      lastName,
      email: `teilnehmer${i + 1}@example.org`,
      organization: organizations[i % organizations.length]!,
      sector,
      sendMail: false,
    });
  }
}

// How the 2020 edition filled up after registration opened on 15 November 2019: most seats went in the
// first days after the newsletter, booked out on the tenth day. Registrations per day, 250 in all.
const SIGNUPS_PER_DAY = [62, 48, 34, 26, 22, 18, 15, 12, 8, 5];
const OPENED_AT = Date.parse('2019-11-15T08:00:00.000Z');
const RECONFIRM_SENT_AT = '2020-02-01T08:00:00.000Z';
const DOORS_OPEN_AT = Date.parse('2020-02-06T07:30:00.000Z');
const MINUTE = 60_000;

/** The day (from opening) on which the i-th of `count` participants registered. */
function signupDay(i: number, count: number): number {
  const total = SIGNUPS_PER_DAY.reduce((a, b) => a + b, 0);
  let position = (i * total) / count;
  for (const [day, n] of SIGNUPS_PER_DAY.entries()) {
    if (position < n) {
      return day;
    }
    position -= n;
  }
  return SIGNUPS_PER_DAY.length - 1;
}

/**
 * Gives the demo's participants a history instead of the moment the demo was loaded: registered over
 * the ten days after opening (each confirmed within hours), asked "still coming?" five days before,
 * about half answered yes, and nine in ten checked in on the morning of the event. The dashboard's
 * registrations over time, confirmations, answers and no-shows then show a real event's shape.
 * Deterministic: the same demo every time.
 */
export async function loadDemoHistory(db: Kysely<Database>, eventId: string): Promise<void> {
  const rows = await db
    .selectFrom('registrations')
    .select('id')
    .where('eventId', '=', eventId)
    .where('isGuest', '=', 0)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  for (const [i, row] of rows.entries()) {
    const day = signupDay(i, rows.length);
    // Spread over the day from 08:00 to 21:00 UTC, in the order people came.
    const sameDayBefore = rows.slice(0, i).filter((_, k) => signupDay(k, rows.length) === day).length;
    const requested = OPENED_AT + day * 24 * 60 * MINUTE + ((sameDayBefore * 37 + 11) % (13 * 60)) * MINUTE;
    const confirmed = requested + (3 + ((i * 53) % 300)) * MINUTE;
    const answered = i % 2 === 0;
    const attended = (i * 17) % 100 >= 11;
    await db
      .updateTable('registrations')
      .set({
        requestedAt: new Date(requested).toISOString(),
        createdAt: new Date(requested).toISOString(),
        optinMailSentAt: new Date(requested).toISOString(),
        confirmedAt: new Date(confirmed).toISOString(),
        updatedAt: new Date(confirmed).toISOString(),
        reconfirmSentAt: RECONFIRM_SENT_AT,
        reconfirmAnswer: answered ? 'yes' : null,
        reconfirmAnsweredAt: answered
          ? new Date(Date.parse(RECONFIRM_SENT_AT) + (20 + ((i * 29) % 2000)) * MINUTE).toISOString()
          : null,
        checkedInAt: attended ? new Date(DOORS_OPEN_AT + ((i * 13) % 110) * MINUTE).toISOString() : null,
        checkInCount: attended ? 1 : 0,
      })
      .where('id', '=', row.id)
      .execute();
  }
}

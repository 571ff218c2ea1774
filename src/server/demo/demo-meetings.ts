import type { Kysely } from 'kysely';
import type { App } from '../app.js';
import type { Database } from '../db/schema.js';
import type { Actor } from '../plugins/auth.js';
import { listSeatTimesForPeople } from '../features/islands/index.js';
import { createMeetingsFeature, inlineSchedulerRunner, programmePort } from '../features/meetings/index.js';
import { createAgendaService, createSessionReader } from '../features/program/index.js';

/** Directory members (in address order) who take part in the demo's meetings; later ones have none. */
const ACTIVE_MEMBERS = 120;
/** At most this many meetings per person, so everyone keeps a free slot for trying it out. */
const MEETINGS_PER_PERSON = 2;
const TABLES = 30;

// Invented first messages, in our own words.
const MESSAGES = [
  'Ihr Angebot passt genau zu dem, was wir suchen. Hätten Sie eine Viertelstunde für uns?',
  'Wir planen ein Pilotprojekt und suchen Partner aus Ihrer Branche. Ich würde mich über ein Gespräch freuen.',
  'Ich habe Ihr Profil im Verzeichnis gesehen: Lassen Sie uns kurz über eine Zusammenarbeit sprechen.',
  '',
];

function personActor(personId: string): Actor {
  return { kind: 'person', personId, role: 'participant', sessionId: 'demo', csrfToken: '', locale: 'de' };
}

/**
 * Meetings at the 2020 edition: directory members ask the people recommended to them, most
 * requests are accepted (some declined, withdrawn or still open), the networking block is cut into
 * 15-minute slots at 30 tables, and the scheduler's plan is published. Through the meetings use cases
 * as people would do it, but without mails (like the demo registrations).
 */
export async function loadDemoMeetings(
  services: App['services'],
  db: Kysely<Database>,
  organizer: Actor,
  event: { id: string; slug: string },
  now: Date,
): Promise<void> {
  const clock = { now: () => now };
  const meetings = createMeetingsFeature({
    db,
    clock,
    events: services.events,
    baseUrl: '',
    mail: { enqueueMail: async () => undefined },
    programme: programmePort(
      createSessionReader(db),
      createAgendaService({ db, clock, events: services.events, baseUrl: '' }),
    ),
    directory: services.networking,
    islands: {
      listSeatTimesForPeople: (eventId) =>
        listSeatTimesForPeople({ db, sessions: createSessionReader(db) }, eventId),
    },
    runScheduler: inlineSchedulerRunner,
  });
  const setup = await meetings.setup.getSetup(organizer, event.id);
  for (const block of setup.blocks) {
    await meetings.setup.setBlockMinutes(organizer, event.id, block.sessionId, 15);
  }
  await meetings.setup.addTables(organizer, event.id, { fromNumber: 1, toNumber: TABLES, location: 'Foyer' });

  const members = await directoryMembers(services, db, event);
  const active = new Set(members.slice(0, ACTIVE_MEMBERS));
  const load = new Map<string, number>();
  const busy = (id: string) => (load.get(id) ?? 0) >= MEETINGS_PER_PERSON;
  let n = 0;
  for (const requester of active) {
    const recommended = await services.networking.recommendFor(personActor(requester), event.slug, 5);
    const targets = recommended.recommendations
      .map((r) => r.card.personId)
      .filter((id) => active.has(id) && !busy(id));
    for (const recipient of targets.slice(0, 1 + (n % 2))) {
      if (busy(requester)) {
        break;
      }
      const candidate = await meetings.requests.getCandidate(personActor(requester), event.slug, recipient);
      if (!candidate.canRequest) {
        continue;
      }
      const meeting = await meetings.requests.requestMeeting(personActor(requester), event.slug, {
        recipientId: recipient,
        message: MESSAGES[n % MESSAGES.length]!,
      });
      n += 1;
      const answer = n % 10;
      if (answer === 7) {
        await meetings.requests.declineMeeting(personActor(recipient), meeting.id);
      } else if (answer === 9) {
        await meetings.requests.cancelMeeting(personActor(requester), meeting.id);
      } else if (answer !== 8) {
        await meetings.requests.acceptMeeting(personActor(recipient), meeting.id);
        load.set(requester, (load.get(requester) ?? 0) + 1);
        load.set(recipient, (load.get(recipient) ?? 0) + 1);
      }
    }
  }
  const run = await meetings.runs.startRun(organizer, event.id);
  await meetings.runs.settle(run.id);
  await meetings.runs.publishRun(organizer, run.id);
}

/** The event's directory members, in the order of their demo addresses (teilnehmer1, teilnehmer2, …). */
async function directoryMembers(
  services: App['services'],
  db: Kysely<Database>,
  event: { id: string },
): Promise<string[]> {
  const registrations = await db
    .selectFrom('registrations')
    .select(['personId', 'email'])
    .where('eventId', '=', event.id)
    .where('status', '=', 'confirmed')
    .execute();
  const ordered = registrations
    .map((r) => ({ personId: r.personId, n: Number(/(\d+)@/.exec(r.email)?.[1] ?? 0) }))
    .sort((a, b) => a.n - b.n);
  const members: string[] = [];
  for (const { personId } of ordered) {
    if (personId && (await services.networking.isInDirectory(event.id, personId))) {
      members.push(personId);
    }
  }
  return members;
}

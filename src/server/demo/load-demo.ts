import type { Kysely } from 'kysely';
import { newSecret } from '../ids.js';
import type { Database } from '../db/schema.js';
import type { App } from '../app.js';
import { loadDemoHistory, loadDemoParticipants } from './demo-participants.js';
import { loadDemoProgramme } from './demo-programme.js';
import { loadDemoLive } from './demo-live.js';
import { loadDemoIslands } from './demo-islands.js';
import { loadDemoNetworking } from './demo-networking.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoProjectBoard } from './demo-project-board.js';
import { loadDemoRetrospective } from './demo-retrospective.js';

/** The demo organizer's account; the password is not here: it is random per installation. */
export const DEMO_ORGANIZER = {
  email: 'organisation@example.org',
  firstName: 'Katrin',
  lastName: 'Beispiel',
  organization: 'Netzwerk Automobilzulieferer Sachsen (Demo)',
};

const CONTACT = {
  name: 'Dr. Katrin Beispiel',
  role: 'Netzwerkmanagerin',
  phone: '+49 351 000 000 0',
  email: 'katrin.beispiel@example.org',
};

const PAST_DESCRIPTION = `Wie verändert die neue Mobilität die Wertschöpfung in Sachsen? Beim Industriedialog kamen Fachleute von Automobilherstellern, Zulieferern, aus dem Maschinen- und Anlagenbau, von Energieversorgern, aus dem Gebäudemanagement, der IT, der Logistik und von Mobilitätsdienstleistern zusammen, um Erfahrungen auszutauschen und über Branchengrenzen hinweg Kontakte zu knüpfen.

## Der Tag im Überblick

- **Podiumsdiskussionen**, interaktiv mit dem Publikum: aussichtsreiche Geschäftsfelder, Erfolgsfaktoren der Transformation, CO2-neutrale Produktion, Ladeinfrastruktur, Stromnetze und Wasserstoff
- **Gesprächsinseln** zu Innovation, Produktion, Mobilität, Energie sowie Unterstützung und Förderung

Ziel des Tages: Partner aus anderen Branchen für neue Projekte finden.`;

const UPCOMING_DESCRIPTION = `Die nächste Ausgabe des Industriedialogs bringt erneut Unternehmen aus Automobil-, Energie-, Logistik- und IT-Branche zusammen. Im Mittelpunkt stehen gemeinsame Projekte: Ladeinfrastruktur im Gewerbegebiet, Wasserstoff für Produktion und Logistik, Daten als Grundlage der CO2-Bilanz.

Die Teilnahme ist kostenfrei; die Plätze sind begrenzt.`;

const TOPICS = [
  'Ladeinfrastruktur',
  'Wasserstoff',
  'CO2-neutrale Produktion',
  'Stromnetze',
  'Transformation',
  'Geschäftsfelder',
];

/** True when the database holds no events and no people: the demo may be loaded. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const events = await db.selectFrom('events').select('id').limit(1).execute();
  const people = await db.selectFrom('people').select('id').limit(1).execute();
  return events.length === 0 && people.length === 0;
}

/** A new random password for the demo organizer (120 bits, URL-safe characters). */
export function newDemoPassword(): string {
  return newSecret(15);
}

/**
 * Loads the demo: the past 2020 edition (booked out) and an upcoming edition with registration open.
 * Every person in it is fictional (example.org). The organizer gets the given password or a random one;
 * only its hash is stored, so the caller prints the returned password once.
 */
export async function loadDemo(
  { app, services }: App,
  db: Kysely<Database>,
  now: Date,
  organizerPassword: string = newDemoPassword(),
): Promise<{ organizerPassword: string }> {
  const organizer = await services.accounts.createOrganizer({
    ...DEMO_ORGANIZER,
    password: organizerPassword,
    locale: 'de',
  });
  const actor = {
    kind: 'person' as const,
    personId: organizer.id,
    role: 'organizer' as const,
    sessionId: 'demo',
    csrfToken: '',
    locale: 'de' as const,
  };

  const past = await services.events.createEvent(
    actor,
    {
      slug: 'industriedialog-neue-mobilitaet-2020',
      title: 'Industriedialog Neue Mobilität Sachsen',
      subtitle: 'Branchenübergreifender Austausch zur Transformation der Mobilität',
      teaser:
        'Fachleute aus acht Branchen diskutierten in der Gläsernen Manufaktur Dresden über neue Geschäftsfelder, CO2-neutrale Produktion, Ladeinfrastruktur und Wasserstoff.',
      description: PAST_DESCRIPTION,
      startsAt: '2020-02-06T09:00',
      endsAt: '2020-02-06T17:15',
      timeZone: 'Europe/Berlin',
      venue: {
        name: 'Gläserne Manufaktur Dresden',
        address: 'Lennéstraße 1, 01069 Dresden',
        mapUrl: 'https://www.openstreetmap.org/search?query=Gl%C3%A4serne%20Manufaktur%20Dresden',
      },
      capacity: 250,
      registrationOpensAt: '2019-11-15T09:00',
      registrationClosesAt: '2020-02-03T23:59',
      languages: ['de'],
      contentLanguage: 'de',
      topics: TOPICS,
      contacts: [CONTACT],
      image: null,
    },
    'de',
  );
  await services.events.publishEvent(actor, past.id, 'de', { confirmPast: true });
  // The 2020 edition was booked out: 250 synthetic participants across the sectors.
  await loadDemoParticipants(services.organizerSeats, actor, past.id, 250);
  // Registered within ten days of opening, asked "still coming?", nine in ten checked in.
  await loadDemoHistory(db, past.id);
  await loadDemoProgramme(db, services.events, actor, past.id, now);
  // Audience questions and polls of the panels; the hydrogen panel stays open for trying it out.
  await loadDemoLive(app, db, actor, past.id);
  // Five conversation islands, the participants' wishes and the published assignment of both rounds.
  await loadDemoIslands(db, services.events, actor, past.id, now);
  // Three in five of them opted in to the directory and wrote a profile.
  await loadDemoNetworking(services.networking, db, past);
  // Requests among them, mostly accepted; the published plan of 15-minute meetings at 30 tables.
  await loadDemoMeetings(services, db, actor, past, now);
  // A handful of project ideas with their consortia at every stage.
  await loadDemoProjectBoard(services, db, past, now);

  const year = now.getUTCFullYear() + 1;
  const upcoming = await services.events.createEvent(
    actor,
    {
      slug: `industriedialog-neue-mobilitaet-${year}`,
      title: 'Industriedialog Neue Mobilität Sachsen',
      subtitle: `Ausgabe ${year}: Partner für gemeinsame Projekte finden`,
      teaser:
        'Panels mit Publikumsbeteiligung, Gesprächsinseln und geplante Eins-zu-eins-Gespräche über Branchengrenzen hinweg.',
      description: UPCOMING_DESCRIPTION,
      startsAt: `${year}-02-04T09:00`,
      endsAt: `${year}-02-04T17:30`,
      timeZone: 'Europe/Berlin',
      venue: { name: 'Gläserne Manufaktur Dresden', address: 'Lennéstraße 1, 01069 Dresden', mapUrl: '' },
      capacity: 250,
      registrationOpensAt: null,
      registrationClosesAt: `${year}-01-28T23:59`,
      languages: ['de', 'en'],
      contentLanguage: 'de',
      topics: TOPICS,
      contacts: [CONTACT],
      image: null,
    },
    'de',
  );
  await services.events.publishEvent(actor, upcoming.id, 'de');
  // Last: the published retrospective of 2020, its figures computed from everything loaded above.
  await loadDemoRetrospective(services, db, actor, past);
  app.log.info({ past: past.slug, upcoming: upcoming.slug }, 'demo data loaded');
  return { organizerPassword };
}

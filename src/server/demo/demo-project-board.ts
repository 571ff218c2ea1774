import type { Kysely } from 'kysely';
import type { App } from '../app.js';
import type { IdeaInput } from '../../contract/project-board.js';
import type { Database } from '../db/schema.js';
import type { Actor } from '../plugins/auth.js';
import { createProjectBoardService } from '../features/project-board/index.js';

function personActor(personId: string): Actor {
  return { kind: 'person', personId, role: 'participant', sessionId: 'demo', csrfToken: '', locale: 'de' };
}

// Invented ideas, in our own words: who posts them (by sector), what they seek, how far they got.
const IDEAS: { sector: string; idea: Omit<IdeaInput, 'organization'>; partners: number[] }[] = [
  {
    sector: 'supplier',
    partners: [2, 1, 1],
    idea: {
      title: 'Zweites Leben für Traktionsbatterien',
      problem:
        'Gebrauchte Batterien aus Elektroautos werden zu früh recycelt. Wir wollen sie prüfen, neu verschalten und als Gewerbespeicher einsetzen.',
      contribution: 'Prüfstände für Batteriemodule und Erfahrung mit Zellchemie.',
      funding: 'Batterieforschung, Förderaufruf 2020',
      stage: 'applying',
      language: 'de',
      roles: [
        {
          sector: 'logistics',
          competences: ['logistics', 'recycling'],
          description: 'Rücknahme und Gefahrguttransport von Altbatterien',
        },
        {
          sector: 'it',
          competences: ['software'],
          description: 'Software für Zustandsdiagnose und Batteriemanagement',
        },
        {
          sector: 'research',
          competences: ['research', 'battery'],
          description: 'Alterungstests und Begleitforschung',
        },
      ],
    },
  },
  {
    sector: 'energy',
    partners: [1, 1],
    idea: {
      title: 'Charging hubs for commercial fleets',
      problem:
        'Delivery fleets want to go electric, but depots lack grid capacity. We want to pilot smart charging hubs shared by several fleets.',
      contribution: 'Grid connection, load management and a site in Dresden-Nord.',
      funding: 'Horizon Europe Cluster 5',
      stage: 'forming',
      language: 'en',
      roles: [
        {
          sector: 'logistics',
          competences: ['logistics', 'mobility-services'],
          description: 'Fleet operator with delivery vans',
        },
        { sector: 'it', competences: ['software', 'grids'], description: 'Charge scheduling software' },
        { sector: 'facility', competences: ['building'], description: 'Depot owner or facility manager' },
      ],
    },
  },
  {
    sector: 'machinery',
    partners: [1],
    idea: {
      title: 'Leichtbau-Greifer aus recyceltem Carbon',
      problem:
        'Roboter-Greifer sind schwer und energiehungrig. Recycelte Carbonfasern könnten sie leichter und günstiger machen.',
      contribution: 'Konstruktion und Fertigung von Greifern, Testzellen in unserer Halle.',
      funding: '',
      stage: 'running',
      language: 'de',
      roles: [
        {
          sector: 'research',
          competences: ['lightweight', 'recycling'],
          description: 'Werkstoffprüfung recycelter Fasern',
        },
        { sector: 'oem', competences: ['automation'], description: 'Pilotanwender in der Fahrzeugmontage' },
      ],
    },
  },
  {
    sector: 'research',
    partners: [0, 0],
    idea: {
      title: 'Wasserstoff-Shuttle für Gewerbegebiete',
      problem:
        'Die letzte Meile zwischen Bahnhof und Gewerbegebiet ist schlecht angebunden. Ein Wasserstoff-Shuttle auf Abruf könnte das ändern.',
      contribution: 'Brennstoffzellen-Know-how und ein Testfeld der Hochschule.',
      funding: '',
      stage: 'idea',
      language: 'de',
      roles: [
        {
          sector: 'mobility',
          competences: ['mobility-services'],
          description: 'Betrieb eines On-Demand-Verkehrs',
        },
        {
          sector: 'public',
          competences: ['funding'],
          description: 'Kommune oder Verkehrsverbund als Partner',
        },
      ],
    },
  },
];

/**
 * Project ideas at the 2020 edition: a handful of directory members post ideas, members of other
 * organizations in the sought sectors express interest and most are accepted, so the dashboard and
 * the retrospective show consortia across sectors at every stage. Through the board's use cases, without mails.
 */
export async function loadDemoProjectBoard(
  services: App['services'],
  db: Kysely<Database>,
  event: { id: string; slug: string },
  now: Date,
): Promise<void> {
  const board = createProjectBoardService({
    db,
    clock: { now: () => now },
    mail: { enqueueMail: async () => undefined },
    baseUrl: '',
    events: services.events,
    networking: services.networking,
  });
  const members = await db
    .selectFrom('registrations')
    .select(['personId', 'organization', 'sector'])
    .where('eventId', '=', event.id)
    .where('status', '=', 'confirmed')
    .where('consentDirectory', '=', 1)
    .where('personId', 'is not', null)
    .orderBy('email')
    .execute();
  const used = new Set<string>();
  const take = (sector: string, not: string) => {
    const found = members.find(
      (m) => m.sector === sector && !used.has(m.personId!) && m.organization !== not,
    );
    if (found) {
      used.add(found.personId!);
    }
    return found;
  };
  for (const { sector, idea, partners } of IDEAS) {
    const initiator = take(sector, '');
    if (!initiator) {
      continue;
    }
    const created = await board.createIdea(personActor(initiator.personId!), event.slug, {
      ...idea,
      organization: initiator.organization,
      funding: idea.funding ?? '',
      contribution: idea.contribution ?? '',
      stage: idea.stage ?? 'idea',
      language: idea.language ?? 'de',
      roles: idea.roles.map((r) => ({
        ...r,
        competences: r.competences ?? [],
        description: r.description ?? '',
      })),
    });
    for (const [index, role] of created.roles.entries()) {
      const wanted = partners[index] ?? 0;
      // One more than accepted: someone is still waiting for the initiator's answer.
      for (let n = 0; n <= wanted; n += 1) {
        const partner = take(role.sector, initiator.organization);
        if (!partner) {
          break;
        }
        const detail = await board.expressInterest(personActor(partner.personId!), role.id, {
          note: 'Das passt zu unserem Angebot, wir wären gern dabei.',
        });
        const interest = detail.myInterests[0];
        if (interest && n < wanted) {
          await board.decideInterest(personActor(initiator.personId!), interest.id, 'accepted');
        }
      }
    }
  }
}

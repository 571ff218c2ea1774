import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventService } from '../features/events/index.js';
import { createIslandServices } from '../features/islands/index.js';
import { createSessionReader } from '../features/program/index.js';
import type { Actor } from '../plugins/auth.js';

// The five islands of 6 February 2020, hosted by fictional people of the demo programme.
const ISLANDS = [
  {
    theme: 'Innovation',
    host: ['Prof. Dr. Jonas Musterfeld', 'jonas.musterfeld@example.org', 'Hochschule Elbtal (Demo)'],
    questions: ['Welche Idee würden Sie gern mit einem Partner aus einer anderen Branche umsetzen?'],
  },
  {
    theme: 'Produktion',
    host: ['Anke Sommer', 'anke.sommer@example.org', 'Werkzeugbau Sommer KG (Demo)'],
    questions: ['Wo könnten Sie Anlagen, Flächen oder Fachkräfte gemeinsam nutzen?'],
  },
  {
    theme: 'Mobilität',
    host: ['Tobias Lehmann', 'tobias.lehmann@example.org', 'Ladepunkt Sachsen eG (Demo)'],
    questions: ['Welche Mobilitätsangebote brauchen Ihre Beschäftigten und Kunden?'],
  },
  {
    theme: 'Energie',
    host: ['Malte Ehrlich', 'malte.ehrlich@example.org', 'Energieversorgung Elbtal (Demo)'],
    questions: ['Wo lohnt sich eine gemeinsame Ladeinfrastruktur im Gewerbegebiet?'],
  },
  {
    theme: 'Unterstützung und Förderung',
    host: [
      'Dr. Katrin Beispiel',
      'katrin.beispiel@example.org',
      'Netzwerk Automobilzulieferer Sachsen (Demo)',
    ],
    questions: ['Wer könnte Ihr Partner für einen gemeinsamen Förderantrag sein?'],
  },
] as const;

/** Seats per island and round: 250 participants, two rounds, room to spare. */
const CAPACITY = 55;

/** Which island a sector tends to want first (index into ISLANDS). */
const FAVOURITE: Record<string, number> = {
  oem: 2,
  supplier: 1,
  machinery: 1,
  energy: 3,
  facility: 3,
  it: 0,
  logistics: 2,
  mobility: 2,
  research: 0,
  public: 4,
  other: 4,
};

/** A deterministic ranking for the n-th participant: the sector's favourite first, then a rotation. */
function rankingFor(index: number, sector: string, ids: string[]): { ranking: string[]; excluded: string[] } {
  if (index % 6 === 5) {
    return { ranking: [], excluded: [] };
  }
  const first = (FAVOURITE[sector] ?? 0) + (index % 4 === 3 ? 1 : 0);
  const order = [0, 1, 2, 3, 4].map((k) => ids[(first + k * (1 + (index % 2))) % ids.length]!);
  const unique = [...new Set(order)];
  const ranking = unique.slice(0, 3);
  const excluded = index % 7 === 0 ? unique.slice(4, 5) : [];
  return { ranking, excluded };
}

/**
 * Adds the five conversation islands to the 2020 edition with hosts and places, the demo
 * participants' preferences and a published assignment over its two island rounds.
 */
export async function loadDemoIslands(
  db: Kysely<Database>,
  events: EventService,
  actor: Actor,
  eventId: string,
  now: Date,
): Promise<void> {
  const islands = createIslandServices({
    db,
    clock: { now: () => now },
    events,
    sessions: createSessionReader(db),
    baseUrl: '',
    // The demo only publishes (no sync), so no seat mail is written; nothing is sent from a demo.
    mail: { enqueueMail: async () => undefined },
    personalLinks: {
      issueLink: async () => '',
      urls: { manage: () => '', confirm: () => '', reconfirm: () => '' },
    },
  });
  const ids: string[] = [];
  for (const [index, island] of ISLANDS.entries()) {
    const created = await islands.admin.createIsland(actor, eventId, {
      theme: island.theme,
      description: '',
      guidingQuestions: [...island.questions],
      place: 'Galerie',
      tableLabel: `Tisch ${index + 1}`,
      capacity: CAPACITY,
    });
    const [name, email, organization] = island.host;
    await islands.admin.addHost(actor, created.id, { name, email, organization });
    ids.push(created.id);
  }
  const people = await db
    .selectFrom('registrations')
    .select(['personId', 'sector'])
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .orderBy('createdAt')
    .orderBy('email')
    .execute();
  const entries = people
    .filter((p): p is { personId: string; sector: string } => p.personId !== null)
    .map((p, index) => ({ personId: p.personId, ...rankingFor(index, p.sector, ids) }));
  await islands.admin.importPreferences(actor, eventId, entries);
  await islands.assignment.run(actor, eventId, 'de');
  await islands.assignment.publish(actor, eventId, 'de');
}

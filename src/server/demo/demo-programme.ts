import type { Kysely } from 'kysely';
import type { SessionFields, SessionType, SpeakerRole } from '../../contract/program.js';
import type { Database } from '../db/schema.js';
import type { Actor } from '../plugins/auth.js';
import type { EventService } from '../features/events/index.js';
import { createProgrammeAdminService } from '../features/program/index.js';

// Fictional people in our own words: invented names, example organizations marked "(Demo)".
const SPEAKERS = {
  beispiel: ['Dr. Katrin Beispiel', 'Netzwerk Automobilzulieferer Sachsen (Demo)', 'Netzwerkmanagerin'],
  musterfeld: ['Prof. Dr. Jonas Musterfeld', 'Hochschule Elbtal (Demo)', 'Professor für Fahrzeugsysteme'],
  probst: ['Sabine Probst', 'Probst Präzisionsteile GmbH (Demo)', 'Geschäftsführerin'],
  sommer: ['Anke Sommer', 'Werkzeugbau Sommer KG (Demo)', 'Leiterin Produktion'],
  ehrlich: ['Malte Ehrlich', 'Energieversorgung Elbtal (Demo)', 'Leiter Netzplanung'],
  lehmann: ['Tobias Lehmann', 'Ladepunkt Sachsen eG (Demo)', 'Vorstand'],
  demir: ['Dr. Leyla Demir', 'Forschungsverbund Wasserstoff Lausitz (Demo)', 'Projektleiterin'],
  brandt: ['Felix Brandt', 'Logistikpark Elbe (Demo)', 'Geschäftsführer'],
} as const;
type SpeakerKey = keyof typeof SPEAKERS;

const FORUM = 'Forum';
const GALLERY = 'Galerie (Gesprächsinseln)';
const FOYER = 'Foyer';

type Item = [SessionType, string, string, string, string, [SpeakerKey, SpeakerRole][], string?];

const PANEL_NOTE = 'Fragen aus dem Publikum fließen live in die Diskussion ein.';
const ITEMS: Item[] = [
  [
    'keynote',
    'Begrüßung und Impuls: Mobilität im Wandel',
    '09:00',
    '09:45',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['musterfeld', 'speaker'],
    ],
    'Warum die Transformation der Mobilität eine Chance für Partnerschaften über Branchengrenzen ist.',
  ],
  [
    'panel',
    'Aussichtsreiche Geschäftsfelder',
    '09:45',
    '10:30',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['probst', 'panelist'],
      ['brandt', 'panelist'],
    ],
    PANEL_NOTE,
  ],
  ['break', 'Kaffeepause', '10:30', '10:50', FOYER, []],
  [
    'panel',
    'Erfolgsfaktoren der Transformation',
    '10:50',
    '11:35',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['sommer', 'panelist'],
      ['musterfeld', 'panelist'],
    ],
    PANEL_NOTE,
  ],
  [
    'panel',
    'CO2-neutrale Produktion',
    '11:35',
    '12:20',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['sommer', 'panelist'],
      ['ehrlich', 'panelist'],
    ],
    PANEL_NOTE,
  ],
  ['break', 'Mittagspause', '12:20', '13:15', FOYER, []],
  [
    'island-round',
    'Gesprächsinseln, erste Runde',
    '13:15',
    '14:00',
    GALLERY,
    [],
    'Innovation, Produktion, Mobilität, Energie sowie Unterstützung und Förderung: fünf Inseln, je eine Gastgeberin oder ein Gastgeber.',
  ],
  [
    'panel',
    'Ladeinfrastruktur',
    '14:00',
    '14:40',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['lehmann', 'panelist'],
      ['brandt', 'panelist'],
    ],
    PANEL_NOTE,
  ],
  [
    'panel',
    'Stromnetze',
    '14:40',
    '15:20',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['ehrlich', 'panelist'],
      ['lehmann', 'panelist'],
    ],
    PANEL_NOTE,
  ],
  ['break', 'Kaffeepause', '15:20', '15:30', FOYER, []],
  [
    'panel',
    'Wasserstoff: interaktiv mit dem Publikum',
    '15:30',
    '16:00',
    FORUM,
    [
      ['beispiel', 'moderator'],
      ['demir', 'panelist'],
      ['probst', 'panelist'],
    ],
    'Das Publikum stimmt live ab und stellt Fragen an das Podium.',
  ],
  [
    'island-round',
    'Gesprächsinseln, zweite Runde',
    '16:00',
    '16:30',
    GALLERY,
    [],
    'Die Inseln tauschen die Gäste: neue Gesichter, neue Branchen.',
  ],
  [
    'networking',
    'Networking und vereinbarte Gespräche',
    '16:30',
    '17:15',
    FOYER,
    [],
    'Zeit für die vorab verabredeten Eins-zu-eins-Gespräche und offenen Austausch.',
  ],
];

/** Adds the programme of 6 February 2020 (fictional speakers) to the demo's past edition. */
export async function loadDemoProgramme(
  db: Kysely<Database>,
  events: EventService,
  actor: Actor,
  eventId: string,
  now: Date,
): Promise<void> {
  const programme = createProgrammeAdminService({ db, clock: { now: () => now }, events });
  const ids = new Map<SpeakerKey, string>();
  for (const [key, [name, organization, position]] of Object.entries(SPEAKERS)) {
    const bio = `${position} bei ${organization}. Fiktive Person der Demo.`;
    const speaker = await programme.createSpeaker(actor, eventId, {
      name,
      organization,
      position,
      bio,
      photoUrl: '',
      photoAlt: '',
    });
    ids.set(key as SpeakerKey, speaker.id);
  }
  for (const [type, title, from, to, room, speakers, description = ''] of ITEMS) {
    const fields: SessionFields = {
      type,
      title,
      description,
      startsAt: `2020-02-06T${from}`,
      endsAt: `2020-02-06T${to}`,
      room,
      topics: [],
      speakers: speakers.map(([key, role]) => ({ speakerId: ids.get(key)!, role })),
    };
    await programme.createSession(actor, eventId, fields);
  }
}

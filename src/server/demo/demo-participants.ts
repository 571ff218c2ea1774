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

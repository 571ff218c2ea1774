import type { EventInput } from '../src/contract/events.js';

let sequence = 0;

/** A valid event body for the organizer API; override what a test is about. */
export function buildEventInput(overrides: Partial<EventInput> = {}): EventInput {
  sequence += 1;
  return {
    title: `Industriedialog Test ${sequence}`,
    subtitle: 'Branchenübergreifender Austausch',
    teaser: 'Ein Tag für Partner über Branchengrenzen hinweg.',
    description: '## Programm\n\nPanels und **Gesprächsinseln**.',
    startsAt: '2027-02-04T09:00',
    endsAt: '2027-02-04T17:00',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Gläserne Manufaktur Dresden', address: 'Lennéstraße 1, 01069 Dresden' },
    capacity: 250,
    languages: ['de', 'en'],
    topics: ['Ladeinfrastruktur', 'Wasserstoff'],
    contacts: [
      {
        name: 'Dr. Katrin Beispiel',
        role: 'Netzwerkmanagerin',
        phone: '+49 351 0000',
        email: 'kb@example.org',
      },
    ],
    ...overrides,
  };
}

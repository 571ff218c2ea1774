import type { Locale } from '../../../contract/locale.js';
import type { IslandFields } from '../../../contract/islands.js';

/** Seats per round of a default island: a table of a dozen people still talks together. */
export const DEFAULT_ISLAND_CAPACITY = 12;

type Theme = { theme: string; description: string; guidingQuestions: string[] };

// The five islands of the reference event (6 February 2020), described in our own words.
const THEMES: Record<Locale, Theme[]> = {
  de: [
    {
      theme: 'Innovation',
      description: 'Neue Produkte und Geschäftsmodelle rund um die Mobilität von morgen.',
      guidingQuestions: [
        'Welche Idee würden Sie gern mit einem Partner aus einer anderen Branche umsetzen?',
        'Was bremst Innovation in Ihrem Unternehmen am meisten?',
      ],
    },
    {
      theme: 'Produktion',
      description: 'Fertigung im Wandel: Elektrifizierung, Automatisierung, CO2-neutrale Werke.',
      guidingQuestions: [
        'Welche Fertigungskompetenz wird in fünf Jahren gefragt sein?',
        'Wo könnten Sie Anlagen, Flächen oder Fachkräfte gemeinsam nutzen?',
      ],
    },
    {
      theme: 'Mobilität',
      description: 'Wie Menschen und Güter in Sachsen künftig unterwegs sind.',
      guidingQuestions: [
        'Welche Mobilitätsangebote brauchen Ihre Beschäftigten und Kunden?',
        'Welche Daten müssten geteilt werden, damit neue Angebote entstehen?',
      ],
    },
    {
      theme: 'Energie',
      description: 'Strom, Wasserstoff und Ladeinfrastruktur für Produktion und Verkehr.',
      guidingQuestions: [
        'Wie sichern Sie die Energie für eine elektrifizierte Flotte oder Fertigung?',
        'Wo lohnt sich eine gemeinsame Ladeinfrastruktur im Gewerbegebiet?',
      ],
    },
    {
      theme: 'Unterstützung und Förderung',
      description: 'Förderprogramme, Netzwerke und Beratung für den Wandel.',
      guidingQuestions: [
        'Welche Förderung hat Ihnen geholfen, welche fehlt?',
        'Wer könnte Ihr Partner für einen gemeinsamen Förderantrag sein?',
      ],
    },
  ],
  en: [
    {
      theme: 'Innovation',
      description: 'New products and business models for tomorrow’s mobility.',
      guidingQuestions: [
        'Which idea would you like to realise with a partner from another industry?',
        'What slows innovation in your company down the most?',
      ],
    },
    {
      theme: 'Production',
      description: 'Manufacturing in transition: electrification, automation, carbon-neutral plants.',
      guidingQuestions: [
        'Which manufacturing skills will be in demand in five years?',
        'Where could you share machines, space or skilled staff?',
      ],
    },
    {
      theme: 'Mobility',
      description: 'How people and goods will travel in Saxony.',
      guidingQuestions: [
        'Which mobility services do your staff and customers need?',
        'Which data would have to be shared for new services to emerge?',
      ],
    },
    {
      theme: 'Energy',
      description: 'Electricity, hydrogen and charging infrastructure for production and transport.',
      guidingQuestions: [
        'How do you secure the energy for an electrified fleet or factory?',
        'Where does shared charging infrastructure in a business park pay off?',
      ],
    },
    {
      theme: 'Support and funding',
      description: 'Funding programmes, networks and advice for the transition.',
      guidingQuestions: [
        'Which funding helped you, and which is missing?',
        'Who could be your partner for a joint funding application?',
      ],
    },
  ],
};

/** The reference event's five islands in a language, with a table number each, ready to store. */
export function defaultIslands(locale: Locale): IslandFields[] {
  return THEMES[locale].map((t, index) => ({
    ...t,
    place: '',
    tableLabel: locale === 'de' ? `Tisch ${index + 1}` : `Table ${index + 1}`,
    capacity: DEFAULT_ISLAND_CAPACITY,
  }));
}

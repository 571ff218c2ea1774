import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { NetworkingService } from '../features/networking/index.js';

type Phrase = readonly [tag: string, de: string, en: string];

interface SectorContent {
  positions: readonly (readonly [string, string])[];
  offers: readonly Phrase[];
  seeks: readonly Phrase[];
}

// Invented offers and needs per sector, in our own words; each person takes one or two of each.
const CONTENT: Record<string, SectorContent> = {
  oem: {
    positions: [
      ['Leiterin Vorentwicklung', 'Head of advance development'],
      ['Projektleiter Werk', 'Plant project lead'],
    ],
    offers: [
      ['research', 'Erprobung von Prototypen auf unserer Teststrecke', 'prototype testing on our test track'],
      [
        'co2-neutral',
        'Erfahrung mit der CO2-Bilanz eines ganzen Werks',
        'experience with the carbon balance of a whole plant',
      ],
    ],
    seeks: [
      ['lightweight', 'Leichtbauteile für Batteriegehäuse', 'lightweight parts for battery housings'],
      [
        'charging',
        'Ladeinfrastruktur für den Werksparkplatz',
        'charging infrastructure for the plant car park',
      ],
      ['software', 'Datenplattform für die Produktion', 'a data platform for production'],
    ],
  },
  supplier: {
    positions: [
      ['Geschäftsführerin', 'Managing director'],
      ['Vertriebsleiter', 'Head of sales'],
      ['Entwicklungsingenieurin', 'Development engineer'],
    ],
    offers: [
      [
        'lightweight',
        'Leichtbau mit Aluminiumdruckguss und Faserverbund',
        'lightweight design in die-cast aluminium and composites',
      ],
      [
        'battery',
        'Gehäuse und Kühlplatten für Batteriemodule',
        'housings and cooling plates for battery modules',
      ],
      [
        'automation',
        'automatisierte Montagelinien für Kleinserien',
        'automated assembly lines for small batches',
      ],
    ],
    seeks: [
      ['charging', 'Ladesäulen für unsere Lkw-Flotte', 'charging stations for our truck fleet'],
      ['funding', 'Fördermittel für die Transformation', 'funding for our transformation'],
      ['recycling', 'Recyclingpartner für Produktionsabfälle', 'a recycling partner for production scrap'],
    ],
  },
  machinery: {
    positions: [
      ['Technischer Leiter', 'Technical director'],
      ['Leiterin Service', 'Head of service'],
    ],
    offers: [
      [
        'automation',
        'Roboterzellen und fahrerlose Transportsysteme',
        'robot cells and automated guided vehicles',
      ],
      ['hydrogen', 'Anlagen für die Elektrolyse', 'plants for electrolysis'],
    ],
    seeks: [
      ['software', 'KI für die vorausschauende Wartung', 'AI for predictive maintenance'],
      ['research', 'Prüfstände für neue Antriebe', 'test benches for new drives'],
    ],
  },
  energy: {
    positions: [
      ['Leiterin Netze', 'Head of grids'],
      ['Projektleiter Elektromobilität', 'E-mobility project lead'],
    ],
    offers: [
      [
        'charging',
        'Planung und Betrieb von Ladesäulen und Schnellladeparks',
        'planning and operation of charging points and fast-charging hubs',
      ],
      [
        'grids',
        'Netzanschluss und Lastmanagement für Gewerbegebiete',
        'grid connection and load management for business parks',
      ],
      ['hydrogen', 'grüner Wasserstoff aus eigener Elektrolyse', 'green hydrogen from our own electrolyser'],
    ],
    seeks: [
      ['lightweight', 'Leichtbau für Gehäuse von Ladepunkten', 'lightweight housings for charging points'],
      ['logistics', 'Abnehmer für Wasserstoff in der Logistik', 'logistics customers for hydrogen'],
      ['building', 'Flächen auf Parkhäusern für Photovoltaik', 'car park roofs for photovoltaics'],
    ],
  },
  facility: {
    positions: [['Objektleiterin', 'Site manager']],
    offers: [
      [
        'building',
        'Gebäudetechnik und Tiefgaragen mit Ladepunkten',
        'building services and underground car parks with chargers',
      ],
    ],
    seeks: [['grids', 'Lastmanagement für viele Ladepunkte', 'load management for many charging points']],
  },
  it: {
    positions: [
      ['Gründerin', 'Founder'],
      ['Leiter Datenplattform', 'Head of data platform'],
    ],
    offers: [
      [
        'software',
        'Datenplattformen und KI für Produktion und Wartung',
        'data platforms and AI for production and maintenance',
      ],
      ['software', 'Abrechnung und Backend für Ladenetze', 'billing and backends for charging networks'],
    ],
    seeks: [
      ['automation', 'Pilotkunden im Maschinenbau', 'pilot customers in machine building'],
      ['charging', 'Betreiber von Ladeinfrastruktur', 'operators of charging infrastructure'],
    ],
  },
  logistics: {
    positions: [
      ['Leiter Fuhrpark', 'Fleet manager'],
      ['Disponentin', 'Dispatcher'],
    ],
    offers: [
      [
        'logistics',
        'Werkslogistik und Mehrweg-Ladungsträger',
        'in-plant logistics and returnable containers',
      ],
    ],
    seeks: [
      ['hydrogen', 'Wasserstoff für Brennstoffzellen-Lkw', 'hydrogen for fuel cell trucks'],
      ['charging', 'Schnellladen für E-Lkw im Depot', 'fast charging for e-trucks at the depot'],
    ],
  },
  mobility: {
    positions: [
      ['Leiterin Produktentwicklung', 'Head of product'],
      ['Standortleiter', 'Site lead'],
    ],
    offers: [
      [
        'mobility-services',
        'Carsharing und Rufbusse für Pendler',
        'car sharing and on-demand buses for commuters',
      ],
      ['charging', 'Ladepunkte an Mobilitätsstationen', 'charging points at mobility hubs'],
    ],
    seeks: [
      ['software', 'Buchungsplattform mit Daten zur Auslastung', 'a booking platform with utilisation data'],
      ['lightweight', 'leichte Fahrzeuge für die letzte Meile', 'light vehicles for the last mile'],
    ],
  },
  research: {
    positions: [
      ['Professorin für Fahrzeugtechnik', 'Professor of automotive engineering'],
      ['Gruppenleiter', 'Group leader'],
    ],
    offers: [
      ['research', 'Crashtests und Klimakammer-Prüfungen', 'crash tests and climate chamber testing'],
      ['recycling', 'Verfahren zum Batterierecycling', 'processes for battery recycling'],
    ],
    seeks: [
      ['funding', 'Industriepartner für Förderprojekte', 'industry partners for funded projects'],
      ['battery', 'Batteriezellen für Versuchsreihen', 'battery cells for test series'],
    ],
  },
  public: {
    positions: [['Referentin Wirtschaftsförderung', 'Economic development officer']],
    offers: [
      [
        'funding',
        'Beratung zu Förderprogrammen von Land und Bund',
        'advice on state and federal funding programmes',
      ],
    ],
    seeks: [
      [
        'co2-neutral',
        'Beispiele für CO2-neutrale Produktion in der Region',
        'examples of CO2-neutral production in the region',
      ],
    ],
  },
  other: {
    positions: [['Beraterin', 'Consultant']],
    offers: [['funding', 'Begleitung von Förderanträgen', 'support with grant applications']],
    seeks: [
      [
        'co2-neutral',
        'Unternehmen auf dem Weg zur Klimaneutralität',
        'companies on their way to climate neutrality',
      ],
    ],
  },
};

const TOPICS = [
  'Ladeinfrastruktur',
  'Wasserstoff',
  'CO2-neutrale Produktion',
  'Stromnetze',
  'Transformation',
];

/** Whether the n-th demo participant opted in to the directory (three in five; number 2 did not). */
export function optedIn(index: number): boolean {
  return index % 5 !== 1 && index % 5 !== 4;
}

const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/**
 * Gives the 2020 edition's participants who opted in to the directory a profile, through the
 * networking service as they would (so their consent is recorded). Returns how many.
 */
export async function loadDemoNetworking(
  networking: NetworkingService,
  db: Kysely<Database>,
  event: { id: string; slug: string },
): Promise<number> {
  const registrations = await db
    .selectFrom('registrations')
    .select(['personId', 'organization', 'sector', 'email'])
    .where('eventId', '=', event.id)
    .where('status', '=', 'confirmed')
    .execute();
  // Ordered by the number in the address (teilnehmer1, teilnehmer2, …), so the choice is stable.
  const ordered = registrations
    .map((r) => ({ ...r, n: Number(/(\d+)@/.exec(r.email)?.[1] ?? 0) }))
    .sort((a, b) => a.n - b.n);
  let count = 0;
  for (const [i, r] of ordered.entries()) {
    if (!r.personId || !optedIn(i)) {
      continue;
    }
    const content = CONTENT[r.sector] ?? CONTENT.other!;
    const english = i % 4 === 3;
    const lang = english ? 2 : 1;
    const offers = [pickFrom(content.offers, i), ...(i % 3 === 0 ? [pickFrom(content.offers, i + 1)] : [])];
    const seeks = [pickFrom(content.seeks, i), ...(i % 2 === 0 ? [pickFrom(content.seeks, i + 1)] : [])];
    const unique = (phrases: Phrase[]) => [...new Map(phrases.map((p) => [p[1], p])).values()];
    const join = (phrases: Phrase[]) =>
      unique(phrases)
        .map((p) => p[lang])
        .join('; ');
    const position = pickFrom(content.positions, i);
    const actor = {
      kind: 'person' as const,
      personId: r.personId,
      role: 'participant' as const,
      sessionId: 'demo',
      csrfToken: '',
      locale: 'de' as const,
    };
    await networking.saveMyProfile(
      actor,
      event.slug,
      {
        organization: r.organization,
        sector: r.sector,
        position: english ? position[1] : position[0],
        description: '',
        offerText: join(offers),
        seekText: join(seeks),
        offerTags: [...new Set(offers.map((p) => p[0]))],
        seekTags: [...new Set(seeks.map((p) => p[0]))],
        topics: [pickFrom(TOPICS, i), pickFrom(TOPICS, i + 2)].filter((t, k, all) => all.indexOf(t) === k),
        languages: english ? ['en', 'de'] : ['de', 'en'],
        textLanguage: english ? 'en' : 'de',
        directoryConsent: true,
      },
      'demo',
    );
    count += 1;
  }
  return count;
}

/**
 * Fine-grained subjects inside each default competence, written twice in German and twice in
 * English with other word forms, so that the two sides of a planted pair never use the same words.
 * The tags alone cannot tell the subjects of one competence apart; the texts can.
 */
export interface Subtopic {
  tag: string;
  de: readonly [string, string];
  en: readonly [string, string];
}

export const SUBTOPICS: readonly Subtopic[] = [
  {
    tag: 'battery',
    de: ['Festkörperbatterien für Nutzfahrzeuge', 'Festkörperbatterie im Lkw'],
    en: ['solid-state batteries for trucks', 'solid-state battery packs in commercial vehicles'],
  },
  {
    tag: 'battery',
    de: ['Prüfstände für Batteriezellen', 'Zellprüfung an Batteriezellen'],
    en: ['test benches for battery cells', 'testing of battery cell modules'],
  },
  {
    tag: 'battery',
    de: ['Batteriespeicher für Quartiere', 'stationäre Batteriespeicher im Quartier'],
    en: ['stationary battery storage for districts', 'district battery storages'],
  },
  {
    tag: 'lightweight',
    de: ['Karosserieteile aus Carbon', 'Carbonbauteile für Karosserien'],
    en: ['carbon body panels', 'carbon fibre body parts'],
  },
  {
    tag: 'lightweight',
    de: ['Aluminiumguss für Batteriegehäuse', 'Gehäuse aus Aluminiumdruckguss'],
    en: ['aluminium die casting for battery housings', 'cast aluminium housings'],
  },
  {
    tag: 'lightweight',
    de: ['Naturfaserverbund im Innenraum', 'Innenraumteile aus Naturfasern'],
    en: ['natural fibre composites for interiors', 'interior parts made of natural fibres'],
  },
  {
    tag: 'charging',
    de: ['Ladesäulen für Gewerbegebiete', 'Ladesäule im Gewerbegebiet'],
    en: ['charging points for business parks', 'charging stations in industrial parks'],
  },
  {
    tag: 'charging',
    de: ['Schnellladen für Lkw-Flotten', 'Schnellladeparks für Lastwagen'],
    en: ['fast charging for truck fleets', 'megawatt charging of lorries'],
  },
  {
    tag: 'charging',
    de: ['bidirektionales Laden mit Wallboxen', 'Wallbox für bidirektionale Ladung'],
    en: ['bidirectional wallbox charging', 'vehicle-to-grid wallboxes'],
  },
  {
    tag: 'hydrogen',
    de: ['Elektrolyseure für grünen Wasserstoff', 'Elektrolyse von grünem Wasserstoff'],
    en: ['electrolysers for green hydrogen', 'green hydrogen electrolysis'],
  },
  {
    tag: 'hydrogen',
    de: ['Brennstoffzellen für Gabelstapler', 'Brennstoffzellenstapler'],
    en: ['fuel cells for forklifts', 'fuel cell forklift trucks'],
  },
  {
    tag: 'hydrogen',
    de: ['Wasserstofftankstellen für Busse', 'Wasserstofftankstelle für Busflotten'],
    en: ['hydrogen refuelling for buses', 'hydrogen refuelling stations for bus fleets'],
  },
  {
    tag: 'grids',
    de: ['Lastmanagement im Verteilnetz', 'Lastmanagements für Verteilnetze'],
    en: ['load management in distribution grids', 'distribution grid load management'],
  },
  {
    tag: 'grids',
    de: ['Photovoltaik auf Werksdächern', 'Photovoltaikanlagen für Werksdächer'],
    en: ['photovoltaics on factory roofs', 'rooftop photovoltaic plants for factories'],
  },
  {
    tag: 'grids',
    de: ['Netzanschluss für Großverbraucher', 'Netzanschlüsse großer Verbraucher'],
    en: ['grid connection for large consumers', 'grid connections of heavy consumers'],
  },
  {
    tag: 'co2-neutral',
    de: ['CO2-Bilanzierung der Lieferanten', 'CO2-Bilanz von Zulieferern'],
    en: ['carbon accounting of suppliers', 'supplier carbon footprint accounting'],
  },
  {
    tag: 'co2-neutral',
    de: ['Abwärmenutzung in Lackierereien', 'Abwärme aus der Lackiererei'],
    en: ['waste heat recovery in paint shops', 'paint shop waste heat'],
  },
  {
    tag: 'co2-neutral',
    de: ['grüner Stahl für Fahrwerke', 'Fahrwerksteile aus grünem Stahl'],
    en: ['green steel for chassis parts', 'chassis components from green steel'],
  },
  {
    tag: 'automation',
    de: ['Cobots in der Montage', 'kollaborierende Roboter für Montagelinien'],
    en: ['cobots for assembly', 'collaborative robots on assembly lines'],
  },
  {
    tag: 'automation',
    de: ['Bildverarbeitung zur Qualitätsprüfung', 'Qualitätsprüfung mit Kameras und Bildverarbeitung'],
    en: ['machine vision for quality inspection', 'camera-based quality inspection'],
  },
  {
    tag: 'automation',
    de: ['fahrerlose Transportsysteme im Werk', 'fahrerloses Transportsystem für Werkshallen'],
    en: ['automated guided vehicles in plants', 'driverless transport systems for factory floors'],
  },
  {
    tag: 'software',
    de: ['Digitaler Zwilling der Fertigung', 'digitale Zwillinge von Fertigungslinien'],
    en: ['digital twin of production lines', 'digital twins for manufacturing'],
  },
  {
    tag: 'software',
    de: ['vorausschauende Wartung mit Maschinendaten', 'Wartungsprognosen aus Maschinendaten'],
    en: ['predictive maintenance from machine data', 'maintenance forecasts using machine data'],
  },
  {
    tag: 'software',
    de: ['Cybersicherheit für Ladeinfrastruktur', 'IT-Sicherheit von Ladenetzen'],
    en: ['cybersecurity for charging networks', 'security of charging backends'],
  },
  {
    tag: 'logistics',
    de: ['Mehrweg-Ladungsträger im Kreislauf', 'Mehrwegladungsträger für Zulieferer'],
    en: ['returnable load carriers', 'reusable transport containers for suppliers'],
  },
  {
    tag: 'logistics',
    de: ['Lieferkettentransparenz bei Rohstoffen', 'transparente Rohstofflieferketten'],
    en: ['supply chain transparency for raw materials', 'transparent raw material supply chains'],
  },
  {
    tag: 'logistics',
    de: ['elektrische Lkw im Werksverkehr', 'E-Lkw für Werksverkehre'],
    en: ['electric trucks for plant shuttles', 'battery-electric lorries in shuttle traffic'],
  },
  {
    tag: 'mobility-services',
    de: ['Carsharing für Pendler', 'Pendler-Carsharing'],
    en: ['car sharing for commuters', 'commuter car sharing'],
  },
  {
    tag: 'mobility-services',
    de: ['Rufbusse im ländlichen Raum', 'Rufbus-Angebote auf dem Land'],
    en: ['on-demand buses in rural areas', 'rural demand-responsive buses'],
  },
  {
    tag: 'mobility-services',
    de: ['Dienstradleasing für Belegschaften', 'Diensträder für Beschäftigte'],
    en: ['company bike leasing', 'bike leasing for employees'],
  },
  {
    tag: 'building',
    de: ['Ladepunkte in Tiefgaragen', 'Tiefgaragen mit Ladepunkten'],
    en: ['charging in underground car parks', 'underground garage charging'],
  },
  {
    tag: 'building',
    de: ['Wärmepumpen für Werkshallen', 'Wärmepumpe in der Werkshalle'],
    en: ['heat pumps for factory halls', 'factory hall heat pumps'],
  },
  {
    tag: 'building',
    de: ['Gebäudeleittechnik für Bürogebäude', 'Gebäudeautomation in Büros'],
    en: ['building automation for offices', 'office building control systems'],
  },
  {
    tag: 'recycling',
    de: ['Recycling von Traktionsbatterien', 'Batterierecycling für Traktionsakkus'],
    en: ['recycling of traction batteries', 'traction battery recycling'],
  },
  {
    tag: 'recycling',
    de: ['Rückgewinnung seltener Erden aus Motoren', 'seltene Erden aus Elektromotoren zurückgewinnen'],
    en: ['rare earth recovery from motors', 'recovering rare earths from electric motors'],
  },
  {
    tag: 'recycling',
    de: ['Kunststoffrezyklate für Innenräume', 'Rezyklat-Kunststoffe im Innenraum'],
    en: ['recycled plastics for interiors', 'interior parts from recycled plastic'],
  },
  {
    tag: 'research',
    de: ['Crashtests für Leichtbaustrukturen', 'Crashversuche an Leichtbauteilen'],
    en: ['crash testing of lightweight structures', 'crash tests for lightweight parts'],
  },
  {
    tag: 'research',
    de: ['Klimakammer-Prüfungen für Elektronik', 'Elektronikprüfung in der Klimakammer'],
    en: ['climate chamber testing of electronics', 'environmental chamber tests for electronics'],
  },
  {
    tag: 'research',
    de: ['Reallabor für autonomes Fahren', 'Reallabore zum automatisierten Fahren'],
    en: ['living lab for autonomous driving', 'automated driving test field'],
  },
  {
    tag: 'funding',
    de: ['Förderanträge für Transformationsprojekte', 'Förderantrag für die Transformation'],
    en: ['funding applications for transformation projects', 'grant applications for transformation'],
  },
  {
    tag: 'funding',
    de: ['Wagniskapital für Ausgründungen', 'Risikokapital für Spin-offs'],
    en: ['venture capital for spin-offs', 'seed investment in spin-offs'],
  },
  {
    tag: 'funding',
    de: ['Weiterbildung der Belegschaft', 'Qualifizierung von Beschäftigten'],
    en: ['upskilling of the workforce', 'training programmes for employees'],
  },
];

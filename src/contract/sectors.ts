import type { LocalizedText } from './locale.js';

export interface SectorDefinition {
  key: string;
  label: LocalizedText;
}

/** The default sector list of DESIGN.md; keys are stable, labels editable per event. */
export const DEFAULT_SECTORS: readonly SectorDefinition[] = [
  { key: 'oem', label: { de: 'Automobilhersteller (OEM)', en: 'Carmakers (OEM)' } },
  { key: 'supplier', label: { de: 'Zulieferindustrie', en: 'Automotive suppliers' } },
  { key: 'machinery', label: { de: 'Maschinen- und Anlagenbau', en: 'Machinery and plant engineering' } },
  { key: 'energy', label: { de: 'Energieversorgung', en: 'Energy utilities' } },
  { key: 'facility', label: { de: 'Gebäudemanagement', en: 'Facility management' } },
  { key: 'it', label: { de: 'IT und Software', en: 'IT and software' } },
  { key: 'logistics', label: { de: 'Logistik', en: 'Logistics' } },
  { key: 'mobility', label: { de: 'Mobilitätsdienstleistungen', en: 'Mobility services' } },
  { key: 'research', label: { de: 'Forschung und Hochschule', en: 'Research and higher education' } },
  { key: 'public', label: { de: 'Politik und Verwaltung', en: 'Politics and public administration' } },
  { key: 'other', label: { de: 'Sonstige', en: 'Other' } },
];

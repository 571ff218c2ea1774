import type { Locale } from '../../../contract/locale.js';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The clock time of an instant in the event's zone: "14:20" in German, "2:20 pm" in English. */
export function formatClock(iso: string, timeZone: string, locale: Locale): string {
  const key = `${locale} ${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      hour12: locale !== 'de',
      timeZone,
    });
    timeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** "14:20, Tisch 12" / "2:20 pm, Table 12". */
export function placeLine(locale: Locale, startsAt: string, timeZone: string, tableNumber: number): string {
  const time = formatClock(startsAt, timeZone, locale);
  return locale === 'de' ? `${time}, Tisch ${tableNumber}` : `${time}, Table ${tableNumber}`;
}

/** "Anna Beispiel, Beispiel Energie GmbH" (the organization left out when unknown). */
export function personLine(name: string, organization: string): string {
  return organization ? `${name}, ${organization}` : name;
}

/** The agenda line: "14:20, Tisch 12: Anna Beispiel, Beispiel Energie GmbH". */
export function agendaLine(
  locale: Locale,
  place: { startsAt: string; timeZone: string; tableNumber: number },
  other: { name: string; organization: string },
): string {
  return `${placeLine(locale, place.startsAt, place.timeZone, place.tableNumber)}: ${personLine(other.name, other.organization)}`;
}

/** Where the table is: "Foyer, Tisch 12" / "Foyer, Table 12". */
export function tableLocationLine(locale: Locale, tableNumber: number, location: string): string {
  const table = locale === 'de' ? `Tisch ${tableNumber}` : `Table ${tableNumber}`;
  return location ? `${location}, ${table}` : table;
}

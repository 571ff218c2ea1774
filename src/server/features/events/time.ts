import { DateTime, IANAZone } from 'luxon';

/** True when the name is an IANA time zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Reads a date-time from the API: an instant with an offset stays that instant; a wall-clock time
 * without offset is taken in the event's zone. Returns the UTC ISO string, or null if invalid.
 */
export function parseEventDateTime(input: string, zone: string): string | null {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(input);
  const parsed = hasOffset ? DateTime.fromISO(input, { setZone: true }) : DateTime.fromISO(input, { zone });
  if (!parsed.isValid) {
    return null;
  }
  return parsed.toUTC().toISO({ suppressMilliseconds: false });
}

/** The wall-clock time of an instant in a zone, as `YYYY-MM-DDTHH:mm` (what a datetime-local input shows). */
export function toLocalDateTime(isoUtc: string, zone: string): string {
  return DateTime.fromISO(isoUtc, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The same wall-clock time shifted by whole years (for next year's edition), kept in the event's zone. */
export function shiftYears(isoUtc: string, zone: string, years: number): string {
  return DateTime.fromISO(isoUtc, { zone: 'utc' }).setZone(zone).plus({ years }).toUTC().toISO() ?? isoUtc;
}

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

/**
 * How many days to move an event for its next edition: about a year later, on the same weekday (a
 * Thursday stays a Thursday, at most three days from the calendar date), and as many years as needed
 * for the new start to lie after `now` (duplicating 2020's edition in 2026 gives 2027's).
 */
export function nextEditionShiftDays(startIso: string, zone: string, now: Date): number {
  const start = DateTime.fromISO(startIso, { zone: 'utc' }).setZone(zone);
  for (let years = 1; years < 100; years += 1) {
    const sameDate = start.plus({ years });
    // Luxon weekdays are 1..7; the nearest same weekday is within three days either way.
    const back = (sameDate.weekday - start.weekday + 7) % 7;
    const candidate = back <= 3 ? sameDate.minus({ days: back }) : sameDate.plus({ days: 7 - back });
    if (candidate.toMillis() > now.getTime()) {
      return Math.round(candidate.startOf('day').diff(start.startOf('day'), 'days').days);
    }
  }
  return 364;
}

/** An instant moved by whole days at the same wall-clock time in the zone (across daylight saving). */
export function shiftDays(isoUtc: string, zone: string, days: number): string {
  return DateTime.fromISO(isoUtc, { zone: 'utc' }).setZone(zone).plus({ days }).toUTC().toISO() ?? isoUtc;
}

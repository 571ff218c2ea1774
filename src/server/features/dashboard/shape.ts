import type { Dashboard } from '../../../contract/dashboard.js';
import { DEFAULT_SECTORS, type SectorDefinition } from '../../../contract/sectors.js';

/** Database counts come back as number (SQLite) or string (PostgreSQL bigint and sums). */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** A formatter of calendar days (YYYY-MM-DD, as en-CA writes them) in a time zone; build it once, it is slow. */
export function dayFormatter(timeZone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (instant) => format.format(instant);
}

/**
 * Places counts per UTC hour ("2020-01-15T08") on local days of the time zone, in order, with the
 * running total. Days without registrations between two others are not listed (bars show gaps anyway).
 */
export function hoursToDays(
  hours: { hour: string; count: number }[],
  timeZone: string,
): Dashboard['registrations']['days'] {
  const perDay = new Map<string, number>();
  const localDay = dayFormatter(timeZone);
  for (const { hour, count } of hours) {
    const instant = new Date(`${hour}:00:00Z`);
    if (Number.isNaN(instant.getTime())) {
      continue;
    }
    const day = localDay(instant);
    perDay.set(day, (perDay.get(day) ?? 0) + count);
  }
  let cumulative = 0;
  return [...perDay.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, registered]) => {
      cumulative += registered;
      return { day, registered, cumulative };
    });
}

/** Parses an event's stored sector list; the default list when it is empty or unreadable. */
export function parseSectors(json: string | null | undefined): SectorDefinition[] {
  try {
    const list = JSON.parse(json ?? '[]') as SectorDefinition[];
    return Array.isArray(list) && list.length > 0 ? list : [...DEFAULT_SECTORS];
  } catch {
    return [...DEFAULT_SECTORS];
  }
}

/** The unordered pair key of two sectors (alphabetical), so A–B and B–A count together. */
export function sectorPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nextEditionShiftDays, shiftDays } from './time.js';

const zone = 'Europe/Berlin';
const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);

describe('next edition dates', () => {
  it('moves a Thursday to the Thursday about a year later, at the same local time', () => {
    const start = '2027-02-04T08:00:00.000Z'; // Thursday 4 Feb 2027, 09:00 in Berlin
    const days = nextEditionShiftDays(start, zone, new Date('2026-12-07T10:00:00Z'));
    const next = local(shiftDays(start, zone, days));
    expect(next.weekday).toBe(4);
    expect(next.toFormat('yyyy-MM-dd HH:mm')).toBe('2028-02-03 09:00');
  });

  it('skips years that already lie in the past (2020 duplicated in late 2026 gives 2027)', () => {
    const start = '2020-02-06T08:00:00.000Z'; // Thursday
    const days = nextEditionShiftDays(start, zone, new Date('2026-12-07T10:00:00Z'));
    const next = local(shiftDays(start, zone, days));
    expect(next.year).toBe(2027);
    expect(next.weekday).toBe(4);
    expect(Math.abs(next.ordinal - local(start).ordinal)).toBeLessThanOrEqual(3);
    expect(next.toFormat('HH:mm')).toBe('09:00');
  });

  it('keeps the local time of day across daylight saving for every time of the day', () => {
    const days = nextEditionShiftDays('2026-03-26T08:00:00.000Z', zone, new Date('2026-01-01T00:00:00Z'));
    // A session on the Sunday summer time starts, moved by the same days.
    const session = local(shiftDays('2026-03-29T07:30:00.000Z', zone, days));
    expect(session.toFormat('HH:mm')).toBe('09:30');
  });
});

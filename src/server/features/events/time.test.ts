import { describe, expect, it } from 'vitest';
import { isValidTimeZone, parseEventDateTime, shiftYears, toLocalDateTime } from './time.js';

describe('event time', () => {
  it('reads a wall-clock time in the event zone, winter and summer time', () => {
    expect(parseEventDateTime('2020-02-06T09:00', 'Europe/Berlin')).toBe('2020-02-06T08:00:00.000Z');
    expect(parseEventDateTime('2026-07-01T09:00', 'Europe/Berlin')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('keeps an instant that carries its own offset', () => {
    expect(parseEventDateTime('2020-02-06T09:00:00+01:00', 'America/New_York')).toBe(
      '2020-02-06T08:00:00.000Z',
    );
    expect(parseEventDateTime('2020-02-06T08:00Z', 'Europe/Berlin')).toBe('2020-02-06T08:00:00.000Z');
  });

  it('refuses impossible dates', () => {
    expect(parseEventDateTime('2020-02-31T09:00', 'Europe/Berlin')).toBeNull();
  });

  it('shows the wall-clock time back in the zone', () => {
    expect(toLocalDateTime('2020-02-06T08:00:00.000Z', 'Europe/Berlin')).toBe('2020-02-06T09:00');
  });

  it('moves an edition by a year at the same local time across a DST change', () => {
    // 9:00 in Berlin in July 2025 (UTC+2) is 9:00 in July 2026 too.
    expect(shiftYears('2025-07-01T07:00:00.000Z', 'Europe/Berlin', 1)).toBe('2026-07-01T07:00:00.000Z');
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

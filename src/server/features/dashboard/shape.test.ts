import { describe, expect, it } from 'vitest';
import { hoursToDays, sectorPair } from './shape.js';

describe('hoursToDays', () => {
  it('places UTC hours on local days across midnight and the change to summer time', () => {
    expect(
      hoursToDays(
        [
          { hour: '2020-03-28T22', count: 2 }, // 23:00 in Berlin, 28 March
          { hour: '2020-03-28T23', count: 1 }, // 00:00 in Berlin, 29 March
          { hour: '2020-03-29T21', count: 4 }, // 23:00 in Berlin (summer time), 29 March
          { hour: '2020-03-29T22', count: 1 }, // 00:00 in Berlin, 30 March
          { hour: 'nonsense', count: 9 },
        ],
        'Europe/Berlin',
      ),
    ).toEqual([
      { day: '2020-03-28', registered: 2, cumulative: 2 },
      { day: '2020-03-29', registered: 5, cumulative: 7 },
      { day: '2020-03-30', registered: 1, cumulative: 8 },
    ]);
  });

  it('orders a pair of sectors so that both directions count together', () => {
    expect(sectorPair('oem', 'it')).toEqual(['it', 'oem']);
    expect(sectorPair('it', 'oem')).toEqual(['it', 'oem']);
  });
});

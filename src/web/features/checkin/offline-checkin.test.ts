import { describe, expect, it } from 'vitest';
import { checkInLocally, searchLocally, type CachedAttendee } from './offline-checkin.js';

const person = (over: Partial<CachedAttendee>): CachedAttendee => ({
  registrationId: 'r1',
  ticketCode: 'T-1',
  firstName: 'Jürgen',
  lastName: 'Weiß',
  organization: 'Straßenbahn Görlitz',
  sector: 'supplier',
  notes: '',
  status: 'confirmed',
  isGuest: false,
  checkedInAt: null,
  ...over,
});
const label = (key: string) => `label:${key}`;

describe('offline check-in', () => {
  it('admits a confirmed person once and flags the second scan', () => {
    const list = [person({})];
    const first = checkInLocally(
      list,
      { scanId: 's1', ticketCode: 'T-1', device: '', scannedAt: '2020-02-06T08:00:00Z' },
      label,
    );
    expect(first.result).toMatchObject({
      valid: true,
      alreadyCheckedIn: false,
      queued: true,
      sectorLabel: 'label:supplier',
    });
    const second = checkInLocally(first.attendees, { scanId: 's2', ticketCode: 'T-1', device: '' }, label);
    expect(second.result).toMatchObject({
      valid: true,
      alreadyCheckedIn: true,
      checkedInAt: '2020-02-06T08:00:00Z',
    });
  });

  it('refuses waitlisted and cancelled people but admits a pending guest', () => {
    const list = [
      person({ registrationId: 'w', ticketCode: 'W', status: 'waitlisted' }),
      person({ registrationId: 'c', ticketCode: 'C', status: 'cancelled' }),
      person({ registrationId: 'g', ticketCode: 'G', status: 'pending', isGuest: true }),
    ];
    const scan = (ticketCode: string) =>
      checkInLocally(list, { scanId: ticketCode, ticketCode, device: '' }, label);
    expect(scan('W').result?.valid).toBe(false);
    expect(scan('W').attendees[0]!.checkedInAt).toBeNull();
    expect(scan('C').result?.valid).toBe(false);
    expect(scan('G').result?.valid).toBe(true);
  });

  it('answers null for an unknown ticket and finds people by every word typed', () => {
    expect(
      checkInLocally([person({})], { scanId: 'x', ticketCode: 'nope', device: '' }, label).result,
    ).toBeNull();
    expect(searchLocally([person({})], 'weiß görlitz')).toHaveLength(1);
    expect(searchLocally([person({})], 'weiß dresden')).toHaveLength(0);
    expect(searchLocally([person({})], 'JURGEN weiss goerlitz')).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinBatchResult, CheckinResult, CheckinSearchHit } from '../../src/contract/checkin.js';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import {
  createPublishedEvent,
  insertRegistration,
  readRegistration,
} from '../registration-admin/factories.js';

describe.each(DIALECTS)('check-in on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    ({ id: eventId } = await createPublishedEvent(t, organizer));
  });
  afterAll(async () => t.close());

  async function scan(payload: Record<string, unknown>, headers: Record<string, string> = {}) {
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${eventId}/checkins`,
      headers: { ...organizer.headers, ...headers },
      payload: { scanId: randomUUID(), device: 'Einlass Nord', ...payload },
    });
  }

  async function checkinRows(registrationId: string) {
    return t.database.handle.db
      .selectFrom('checkins')
      .selectAll()
      .where('registrationId', '=', registrationId)
      .execute();
  }

  it('checks in a confirmed registration by ticket code and shows who it is', async () => {
    const person = await insertRegistration(t, eventId, {
      firstName: 'Jörg',
      lastName: 'Müller',
      organization: 'Gläserne Manufaktur',
      sector: 'facility',
      notes: 'Spricht auf Panel 2',
    });
    const response = await scan({ ticketCode: person.ticketCode });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<CheckinResult>()).toEqual({
      registrationId: person.id,
      firstName: 'Jörg',
      lastName: 'Müller',
      organization: 'Gläserne Manufaktur',
      sector: 'facility',
      sectorLabel: 'Gebäudemanagement',
      notes: 'Spricht auf Panel 2',
      status: 'confirmed',
      alreadyCheckedIn: false,
      checkedInAt: t.clock.now().toISOString(),
      valid: true,
    });
    const row = await readRegistration(t, person.id);
    expect([row.checkInCount, row.checkedInAt]).toEqual([1, t.clock.now().toISOString()]);
  });

  it('flags a second check-in of the same ticket and keeps the first time', async () => {
    const person = await insertRegistration(t, eventId);
    const first = (await scan({ ticketCode: person.ticketCode })).json<CheckinResult>();
    t.clock.advance(60_000);
    const second = await scan({ registrationId: person.id });
    expect(second.json<CheckinResult>()).toMatchObject({
      valid: true,
      alreadyCheckedIn: true,
      checkedInAt: first.checkedInAt,
    });
    expect((await readRegistration(t, person.id)).checkInCount).toBe(2);
  });

  it('answers 404 for an unknown ticket and for a ticket of another event', async () => {
    expect((await scan({ ticketCode: 'T-gibt-es-nicht' })).statusCode).toBe(404);
    const { id: otherEvent } = await createPublishedEvent(t, organizer);
    const stranger = await insertRegistration(t, otherEvent);
    const response = await scan({ ticketCode: stranger.ticketCode });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('not_found');
  });

  it('refuses registrations that may not enter with valid:false and their status, counting nothing', async () => {
    for (const status of ['waitlisted', 'cancelled', 'pending'] as const) {
      const person = await insertRegistration(t, eventId, {
        status,
        waitlistNumber: status === 'waitlisted' ? 1 : null,
      });
      const response = await scan({ ticketCode: person.ticketCode });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<CheckinResult>()).toMatchObject({ valid: false, status, alreadyCheckedIn: false });
      expect((await readRegistration(t, person.id)).checkInCount).toBe(0);
      expect(await checkinRows(person.id)).toEqual([]);
    }
  });

  it('admits a guest of the organizers whose seat is held', async () => {
    const guest = await insertRegistration(t, eventId, { status: 'pending', isGuest: 1 });
    expect((await scan({ ticketCode: guest.ticketCode })).json<CheckinResult>()).toMatchObject({
      valid: true,
    });
  });

  it('counts the same scan id once and answers a resend the same way', async () => {
    const person = await insertRegistration(t, eventId);
    const scanId = randomUUID();
    const first = await scan({ scanId, ticketCode: person.ticketCode });
    t.clock.advance(5_000);
    const resend = await scan({ scanId, ticketCode: person.ticketCode });
    expect(resend.statusCode).toBe(200);
    expect(resend.json()).toEqual(first.json());
    expect((await readRegistration(t, person.id)).checkInCount).toBe(1);
    expect(await checkinRows(person.id)).toHaveLength(1);
    // A scan id reused for another ticket is a device fault, not a resend.
    const other = await insertRegistration(t, eventId);
    expect((await scan({ scanId, ticketCode: other.ticketCode })).statusCode).toBe(409);
  });

  it('tells concurrent scans of one person apart, and counts concurrent resends once', async () => {
    const person = await insertRegistration(t, eventId);
    const distinct = await Promise.all(
      Array.from({ length: 5 }, () => scan({ ticketCode: person.ticketCode })),
    );
    const flags = distinct.map((r) => r.json<CheckinResult>().alreadyCheckedIn);
    expect(flags.filter((f) => !f)).toHaveLength(1);
    expect((await readRegistration(t, person.id)).checkInCount).toBe(5);

    const other = await insertRegistration(t, eventId);
    const scanId = randomUUID();
    const resends = await Promise.all(
      Array.from({ length: 5 }, () => scan({ scanId, ticketCode: other.ticketCode })),
    );
    expect(new Set(resends.map((r) => r.body)).size).toBe(1);
    expect(resends[0]!.json<CheckinResult>().alreadyCheckedIn).toBe(false);
    expect((await readRegistration(t, other.id)).checkInCount).toBe(1);
  });

  it('refuses a scan without ticket or registration, naming the field', async () => {
    const response = await scan({});
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe(
      'ticketCode',
    );
  });

  it('flushes a queued batch: one result per scan, duplicates harmless, the earliest scan time kept', async () => {
    const a = await insertRegistration(t, eventId, { lastName: 'Arnold' });
    const b = await insertRegistration(t, eventId, { lastName: 'Bauer' });
    const waiting = await insertRegistration(t, eventId, { status: 'waitlisted', waitlistNumber: 2 });
    const repeated = randomUUID();
    const scans = [
      { scanId: repeated, ticketCode: a.ticketCode, scannedAt: '2026-11-25T08:00:00.000Z' },
      { scanId: repeated, ticketCode: a.ticketCode, scannedAt: '2026-11-25T08:00:00.000Z' },
      { scanId: randomUUID(), ticketCode: b.ticketCode, scannedAt: '2026-11-25T08:01:00.000Z' },
      { scanId: randomUUID(), ticketCode: b.ticketCode, scannedAt: '2026-11-25T07:59:00.000Z' },
      { scanId: randomUUID(), ticketCode: 'T-unbekannt' },
      { scanId: randomUUID(), ticketCode: waiting.ticketCode },
    ];
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${eventId}/checkins/batch`,
      headers: { ...organizer.headers, cookie: `${organizer.headers.cookie}; cd_lang=en` },
      payload: { scans },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { results } = response.json<CheckinBatchResult>();
    expect(results.map((r) => r.scanId)).toEqual(scans.map((s) => s.scanId));
    expect(results.map((r) => r.result?.alreadyCheckedIn ?? null)).toEqual([
      false,
      false,
      false,
      true,
      null,
      false,
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(results[4]!.error).toEqual({ code: 'not_found', message: 'Not found.' });
    expect(results[5]!.result).toMatchObject({ valid: false, status: 'waitlisted' });
    expect((await readRegistration(t, a.id)).checkInCount).toBe(1);
    const bauer = await readRegistration(t, b.id);
    expect([bauer.checkInCount, bauer.checkedInAt]).toEqual([2, '2026-11-25T07:59:00.000Z']);
  });

  it('refuses a batch of more than 500 scans', async () => {
    const scans = Array.from({ length: 501 }, () => ({ scanId: randomUUID(), ticketCode: 'T-xxxx' }));
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/events/${eventId}/checkins/batch`,
      headers: organizer.headers,
      payload: { scans },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { fields: { field: string }[] } }>().error.fields[0]?.field).toBe('scans');
  });

  it('finds people by name for check-in without a QR code', async () => {
    const person = await insertRegistration(t, eventId, {
      firstName: 'Käthe',
      lastName: 'Weißgerber',
      sector: 'energy',
    });
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/checkin-search?q=${encodeURIComponent('weißger')}`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { people } = response.json<{ people: CheckinSearchHit[] }>();
    expect(people).toEqual([
      expect.objectContaining({
        registrationId: person.id,
        lastName: 'Weißgerber',
        sectorLabel: 'Energieversorgung',
        checkedInAt: null,
      }),
    ]);
    const byFullName = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/checkin-search?q=${encodeURIComponent('Käthe Weiß')}`,
      headers: organizer.headers,
    });
    expect(byFullName.json<{ people: CheckinSearchHit[] }>().people).toHaveLength(1);
    const tooShort = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/checkin-search?q=W`,
      headers: organizer.headers,
    });
    expect(tooShort.statusCode).toBe(422);
  });
});

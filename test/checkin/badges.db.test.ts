import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createPublishedEvent, insertRegistration } from '../registration-admin/factories.js';
import { extractPdfText } from './pdf-text.js';

/** Page objects of a PDF (`/Type /Pages` is the page tree, not a page). */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page(?!s)/g)?.length ?? 0;
}

describe.each(DIALECTS)('badges on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function badges(eventId: string) {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/badges.pdf`,
      headers: organizer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  }

  it('prints 9 confirmed participants on 2 A4 pages, eight to a page, leaving out who may not enter', async () => {
    const { id } = await createPublishedEvent(t, organizer, { title: 'Industriedialog Gläserne Manufaktur' });
    for (let i = 0; i < 9; i += 1) {
      await insertRegistration(t, id, {
        firstName: 'Jörg',
        lastName: `Müller ${i}`,
        sector: i % 2 ? 'oem' : 'energy',
      });
    }
    await insertRegistration(t, id, { status: 'waitlisted', waitlistNumber: 1 });
    await insertRegistration(t, id, { status: 'cancelled' });
    const response = await badges(id);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="namensschilder-.+\.pdf"$/,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPages(pdf)).toBe(2);
    // A4 portrait in points.
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('prints Czech, Polish, Sorbian, Greek and Cyrillic names letter for letter in 8 badges under 200 KB', async () => {
    const { id } = await createPublishedEvent(t, organizer, { title: 'Dialog Dresden – Wrocław – Praha' });
    const people = [
      { firstName: 'Antonín', lastName: 'Dvořák', organization: 'Škoda Auto a.s.' },
      { firstName: 'Łukasz', lastName: 'Wróbel', organization: 'Zakłady Łódź Sp. z o.o.' },
      { firstName: 'Ελένη', lastName: 'Παπαδοπούλου', organization: 'Αθήνα Μηχανική' },
      { firstName: 'Jana', lastName: 'Ščerbová', organization: 'Vysoké učení technické v Brně' },
      { firstName: 'Jěwa', lastName: 'Cyžowa', organization: 'Serbski institut Budyšin' },
      { firstName: 'Олена', lastName: 'Шевченко', organization: 'Київ Енерго' },
      { firstName: 'Jörg', lastName: 'Müller', organization: 'Gläserne Manufaktur' },
      { firstName: 'Zsófia', lastName: 'Kőszegi', organization: 'Győri Gépgyár Kft.' },
    ];
    for (const person of people) {
      await insertRegistration(t, id, person);
    }
    const pdf = (await badges(id)).rawPayload;
    const lines = extractPdfText(pdf);
    for (const { firstName, lastName, organization } of people) {
      expect(lines).toContain(`${firstName} ${lastName}`);
      expect(lines).toContain(organization);
    }
    expect(lines).toContain('Dialog Dresden – Wrocław – Praha');
    // Both fonts are embedded as subsets (a tag like "ABCDEF+" before the name), not whole 600 KB files.
    const fontNames = pdf.toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+NotoSans-\w+/g) ?? [];
    expect(new Set(fontNames.map((name) => name.split('+')[1]))).toEqual(
      new Set(['NotoSans-Regular', 'NotoSans-Bold']),
    );
    expect(countPages(pdf)).toBe(1);
    expect(pdf.length, `badge PDF of ${pdf.length} bytes`).toBeLessThan(200 * 1024);
  });

  it('prints one page of 8 for exactly 8 people and a notice page when nobody is confirmed', async () => {
    const { id } = await createPublishedEvent(t, organizer);
    for (let i = 0; i < 8; i += 1) {
      await insertRegistration(t, id);
    }
    expect(countPages((await badges(id)).rawPayload)).toBe(1);
    const { id: empty } = await createPublishedEvent(t, organizer);
    expect(countPages((await badges(empty)).rawPayload)).toBe(1);
  });
});

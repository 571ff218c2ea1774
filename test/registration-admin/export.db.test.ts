import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { DIALECTS } from '../db.js';
import { createPublishedEvent, insertRegistration } from './factories.js';

describe.each(DIALECTS)('registration export on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller;
  let eventId: string;
  let questionId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
    ({ id: eventId } = await createPublishedEvent(t, organizer, { title: 'Industriedialog Neue Mobilität' }));
    const settings = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/events/${eventId}/registration-settings`,
      headers: organizer.headers,
      payload: {
        confirmHours: 48,
        offerHours: 48,
        reconfirmDaysBefore: 5,
        closedManually: false,
        questions: [
          {
            kind: 'single',
            label: { de: 'Ernährung', en: 'Diet' },
            options: [
              { key: 'vegan', label: { de: 'Vegan', en: 'Vegan' } },
              { key: 'fleisch', label: { de: 'Mit Fleisch', en: 'With meat' } },
            ],
            required: false,
          },
        ],
      },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    questionId = settings.json<{ questions: { id: string }[] }>().questions[0]!.id;
    await insertRegistration(t, eventId, {
      firstName: 'Jörg',
      lastName: 'Müller',
      organization: 'Gläserne Manufaktur; Dresden',
      sector: 'facility',
      phone: '+49 351 123',
      topics: JSON.stringify(['Ladeinfrastruktur', 'Wasserstoff']),
      answers: JSON.stringify({ [questionId]: 'vegan' }),
      consentDirectory: 1,
      // 6 Feb 2020, 08:15 UTC is 09:15 in Dresden (winter time).
      requestedAt: '2020-01-10T10:00:00.000Z',
      confirmedAt: '2020-01-10T10:05:00.000Z',
      checkedInAt: '2020-02-06T08:15:00.000Z',
      checkInCount: 1,
    });
    await insertRegistration(t, eventId, {
      firstName: '=HYPERLINK("http://evil.example","klick")',
      lastName: '@Angriff',
      organization: '-2+3',
      status: 'waitlisted',
      waitlistNumber: 1,
      requestedAt: '2020-01-11T10:00:00.000Z',
      confirmedAt: null,
    });
  });
  afterAll(async () => t.close());

  async function download(format: 'csv' | 'xlsx', lang = 'de') {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registrations/export.${format}`,
      // The remembered language choice (a signed-in person's own locale applies otherwise).
      headers: { ...organizer.headers, cookie: `${organizer.headers.cookie}; cd_lang=${lang}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  }

  it('writes a CSV German Excel opens with umlauts intact: BOM, semicolons, local times', async () => {
    const response = await download('csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="anmeldungen-.+\.csv"$/);
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Status;Gast;Wartelistenplatz;Anrede;Titel;Vorname;Nachname;E-Mail;Organisation;Funktion;Branche;Telefon;' +
        'Themen;Ernährung;Einwilligung Teilnehmerverzeichnis;Einwilligung Fotos;Angemeldet am (Europe/Berlin);' +
        'Bestätigt am (Europe/Berlin);Eingecheckt am (Europe/Berlin)',
    );
    const mueller = lines.find((l) => l.includes('Müller'))!;
    expect(mueller).toContain('Bestätigt;nein;;Frau;;Jörg;Müller;');
    expect(mueller).toContain('"Gläserne Manufaktur; Dresden"');
    expect(mueller).toContain(';Gebäudemanagement;');
    expect(mueller).toContain(';\'+49 351 123;"Ladeinfrastruktur, Wasserstoff";Vegan;ja;nein;');
    expect(mueller).toMatch(/;10\.01\.2020 11:00;10\.01\.2020 11:05;06\.02\.2020 09:15$/);
  });

  it('neutralizes cells a spreadsheet would run as a formula', async () => {
    const text = (await download('csv')).rawPayload.toString('utf8');
    const attacker = text.split('\r\n').find((l) => l.includes('Angriff'))!;
    expect(attacker).toContain(`;"'=HYPERLINK(""http://evil.example"",""klick"")";'@Angriff;`);
    expect(attacker).toContain(";'-2+3;");
    expect(attacker.startsWith('Warteliste;nein;1;')).toBe(true);
    expect(text).not.toMatch(/(^|;)[=+\-@]/m);
  });

  it('writes an XLSX workbook that reads back with its rows, umlauts and dates', async () => {
    const response = await download('xlsx', 'en');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(/filename="registrations-.+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Registrations')!;
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Status', 'Guest', 'Waitlist position']);
    expect(header).toContain('Diet');
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(values).toContain('Jörg');
    expect(values).toContain('Müller');
    expect(values).toContain('Gläserne Manufaktur; Dresden');
    expect(values).toContain('Facility management');
    const checkedIn = values[header.indexOf('Checked in at (Europe/Berlin)')];
    // The wall-clock time in Dresden, stored as a real date.
    expect(checkedIn).toEqual(new Date(Date.UTC(2020, 1, 6, 9, 15)));
    const attacker = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(attacker[0]).toBe('Waitlist');
    expect(attacker[2]).toBe(1);
    // A typed text cell, never a formula.
    expect(sheet.getRow(3).getCell(header.indexOf('First name') + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('exports only what the filters match', async () => {
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${eventId}/registrations/export.csv?status=waitlisted`,
      headers: organizer.headers,
    });
    const lines = response.rawPayload.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Angriff');
  });
});

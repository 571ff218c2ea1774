import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../build-app.js';
import { extractPdfText } from '../checkin/pdf-text.js';
import { DIALECTS } from '../db.js';
import { createParticipant, errorCode, signInParticipant } from '../people.js';
import { createPublishedEvent, insertRegistration } from '../registration-admin/factories.js';
import { SAXONY_BRAND, saveBranding, solidPng } from './helpers.js';

interface FieldError {
  field: string;
  code: string;
  message: string;
}

function fieldsOf(response: { json: <T>() => T }): FieldError[] {
  return response.json<{ error: { fields?: FieldError[] } }>().error.fields ?? [];
}

describe.each(DIALECTS)('network branding on %s', (dialect) => {
  let t: TestApp;
  let organizer: Caller & { personId: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = await t.signInOrganizer();
  });
  afterAll(async () => t.close());

  async function publicBranding() {
    const response = await t.app.inject('/api/v1/branding');
    expect(response.statusCode).toBe(200);
    return response.json<{
      networkName: string;
      primaryColour: string;
      accentColour: string;
      logo: { url: string; alt: string } | null;
      contact: { name: string; role: string; email: string; phone: string } | null;
      imprintUrl: string;
      privacyUrl: string;
      isCustomized: boolean;
    }>();
  }

  it("shows today's CrossDialog brand before anyone sets one", async () => {
    expect(await publicBranding()).toMatchObject({
      networkName: 'CrossDialog',
      primaryColour: '#0b4f8a',
      accentColour: '#083a66',
      logo: null,
      contact: null,
      imprintUrl: '/imprint',
      privacyUrl: '/privacy',
      isCustomized: false,
    });
  });

  it('lets only organizers read and write the settings: 401 without sign-in, 403 for a participant', async () => {
    expect((await saveBranding(t, null, SAXONY_BRAND)).statusCode).toBe(401);
    expect((await t.app.inject('/api/v1/admin/branding')).statusCode).toBe(401);
    const participant = await signInParticipant(t);
    const refused = await saveBranding(t, participant, SAXONY_BRAND);
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('forbidden');
    const logo = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/branding/logo',
      headers: participant.headers,
      payload: {
        contentType: 'image/png',
        dataBase64: solidPng(2, 2, [0, 0, 0]).toString('base64'),
        alt: 'x',
      },
    });
    expect(logo.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/v1/admin/branding', headers: participant.headers })).statusCode,
    ).toBe(403);
    expect((await publicBranding()).isCustomized).toBe(false);
  });

  it('refuses a colour with too little contrast, naming the field, in German and English', async () => {
    const german = await saveBranding(t, organizer, { ...SAXONY_BRAND, primaryColour: '#ffcc00' });
    expect(german.statusCode).toBe(422);
    const [problem] = fieldsOf(german);
    expect(problem?.field).toBe('primaryColour');
    expect(problem?.code).toBe('branding.contrast_too_low');
    expect(problem?.message).toContain('Kontrast');
    expect(problem?.message).toContain('4.5:1');

    // #777777 is just below AA on white (4.47:1); the accent is named on its own.
    const english = await saveBranding(t, organizer, { ...SAXONY_BRAND, accentColour: '#777777' }, 'en');
    expect(english.statusCode).toBe(422);
    expect(fieldsOf(english)).toEqual([
      expect.objectContaining({
        field: 'accentColour',
        message: expect.stringContaining('contrast with #ffffff is 4.47:1') as string,
      }),
    ]);
    // #767676 passes on white (4.54:1) but not on the light surface #f3f5f8 behind footer links.
    const surface = await saveBranding(t, organizer, { ...SAXONY_BRAND, accentColour: '#767676' });
    expect(fieldsOf(surface)[0]).toMatchObject({ field: 'accentColour' });
    expect(fieldsOf(surface)[0]?.message).toContain('#f3f5f8');
    expect((await publicBranding()).isCustomized).toBe(false);
  });

  it('refuses a malformed colour, a bad email, a header-breaking sender name and too long texts', async () => {
    const colour = await saveBranding(t, organizer, { ...SAXONY_BRAND, primaryColour: 'green' });
    expect(fieldsOf(colour)[0]).toMatchObject({ field: 'primaryColour', code: 'branding.colour_format' });

    const email = await saveBranding(t, organizer, { ...SAXONY_BRAND, contactEmail: 'katrin at netzwerk' });
    expect(email.statusCode).toBe(422);
    expect(fieldsOf(email)[0]).toMatchObject({
      field: 'contactEmail',
      message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    });
    const replyTo = await saveBranding(t, organizer, { ...SAXONY_BRAND, replyTo: 'nein' }, 'en');
    expect(fieldsOf(replyTo)[0]).toMatchObject({
      field: 'replyTo',
      message: 'Please enter a valid email address.',
    });

    const sender = await saveBranding(t, organizer, {
      ...SAXONY_BRAND,
      senderName: 'Netzwerk\r\nBcc: alle@example.org',
    });
    expect(fieldsOf(sender)[0]).toMatchObject({ field: 'senderName', code: 'branding.sender_name_format' });

    const long = await saveBranding(t, organizer, {
      ...SAXONY_BRAND,
      networkName: 'N'.repeat(121),
      imprintText: 'I'.repeat(2001),
    });
    expect(long.statusCode).toBe(422);
    expect(fieldsOf(long)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'networkName',
          message: 'Bitte geben Sie höchstens 120 Zeichen ein.',
        }),
        expect.objectContaining({
          field: 'imprintText',
          message: 'Bitte geben Sie höchstens 2000 Zeichen ein.',
        }),
      ]),
    );
    const url = await saveBranding(t, organizer, { ...SAXONY_BRAND, imprintUrl: 'javascript:alert(1)' });
    expect(fieldsOf(url)[0]).toMatchObject({ field: 'imprintUrl' });
    expect((await publicBranding()).isCustomized).toBe(false);
  });

  it('saves the settings, and every page reads the new brand at once', async () => {
    const saved = await saveBranding(t, organizer, { ...SAXONY_BRAND, primaryColour: '#1D5E2F' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...SAXONY_BRAND, logo: null });
    const settings = await t.app.inject({ url: '/api/v1/admin/branding', headers: organizer.headers });
    expect(settings.json()).toMatchObject({
      networkName: SAXONY_BRAND.networkName,
      primaryColour: '#1d5e2f',
    });
    expect(await publicBranding()).toMatchObject({
      networkName: 'Netzwerk Mobilität Sachsen',
      primaryColour: '#1d5e2f',
      accentColour: '#5a2a82',
      contact: {
        name: 'Katrin Beispiel',
        role: 'Netzwerkmanagerin',
        email: 'katrin.beispiel@netzwerk-sachsen.example.org',
        phone: '+49 351 123456-0',
      },
      imprintUrl: SAXONY_BRAND.imprintUrl,
      privacyUrl: SAXONY_BRAND.privacyUrl,
      isCustomized: true,
    });
  });

  it('takes a PNG or JPEG logo with alt text, refuses SVG and mislabelled files, and serves it', async () => {
    const upload = (payload: object, caller: Caller = organizer) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/admin/branding/logo', headers: caller.headers, payload });
    const png = solidPng(120, 40, [29, 94, 47]);

    const svg = await upload({
      contentType: 'image/svg+xml',
      dataBase64: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ).toString('base64'),
      alt: 'Logo',
    });
    expect(svg.statusCode).toBe(422);
    expect(fieldsOf(svg)[0]?.field).toBe('contentType');

    const mislabelled = await upload({
      contentType: 'image/jpeg',
      dataBase64: png.toString('base64'),
      alt: 'Logo',
    });
    expect(fieldsOf(mislabelled)[0]).toMatchObject({ field: 'dataBase64', code: 'branding.logo_type' });

    const noAlt = await upload({ contentType: 'image/png', dataBase64: png.toString('base64'), alt: ' ' });
    expect(fieldsOf(noAlt)[0]).toMatchObject({ field: 'alt', code: 'required' });

    const stored = await upload({
      contentType: 'image/png',
      dataBase64: png.toString('base64'),
      alt: 'Logo des Netzwerks Mobilität Sachsen',
    });
    expect(stored.statusCode, stored.body).toBe(200);
    const { logo } = await publicBranding();
    expect(logo?.alt).toBe('Logo des Netzwerks Mobilität Sachsen');
    const served = await t.app.inject(logo?.url ?? '/none');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(served.rawPayload.equals(png)).toBe(true);
  });

  it('prints the network name and logo on the badges', async () => {
    const { id } = await createPublishedEvent(t, organizer, { title: 'Tag 1' });
    await insertRegistration(t, id, { firstName: 'Özlem', lastName: 'Yıldız' });
    const response = await t.app.inject({
      url: `/api/v1/admin/events/${id}/badges.pdf`,
      headers: organizer.headers,
    });
    expect(response.statusCode).toBe(200);
    const text = extractPdfText(response.rawPayload).join(' ');
    expect(text).toContain('Netzwerk Mobilität Sachsen · Tag 1');
    // The logo is embedded as an image XObject.
    expect(response.rawPayload.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it("puts the contact person into that person's data export, and erasure empties it", async () => {
    const katrin = await t.signInOrganizer(SAXONY_BRAND.contactEmail);
    const exported = await t.app.inject({ url: '/api/v1/me/export', headers: katrin.headers });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json<{ branding: unknown }>().branding).toMatchObject({
      contactPerson: { name: 'Katrin Beispiel', email: 'katrin.beispiel@netzwerk-sachsen.example.org' },
    });
    const other = await createParticipant(t);
    const erase = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/people/${other.id}`,
      headers: organizer.headers,
    });
    expect(erase.statusCode, erase.body).toBeLessThan(300);
    expect((await t.services.branding.refresh()).branding.contact?.name).toBe('Katrin Beispiel');

    const self = await t.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: katrin.headers });
    expect(self.statusCode, self.body).toBeLessThan(300);
    const after = await t.services.branding.refresh();
    expect(after.branding.contact).toBeNull();
    expect(after.branding.networkName).toBe('Netzwerk Mobilität Sachsen');
  });
});

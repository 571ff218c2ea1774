import { describe, expect, it } from 'vitest';
import { brandStateOf } from './brand-state.js';
import { brandMail } from './mail-brand.js';
import type { BrandingRow } from './repository.js';

const message = {
  kind: 'test',
  dedupeKey: 'test:1',
  to: 'a@example.org',
  locale: 'de',
  subject: 'Betreff',
  text: 'Guten Tag,\n\nText.\n',
  html: '<!doctype html><html><body><p>Text.</p>\n</body></html>',
};

const row: BrandingRow = {
  id: 'network',
  networkName: 'Netzwerk Süd',
  primaryColour: '',
  accentColour: '',
  senderName: '',
  replyTo: '',
  imprintText: '',
  imprintUrl: 'https://sued.example.org/impressum',
  privacyUrl: '',
  contactName: '',
  contactRole: '',
  contactEmail: '',
  contactPhone: '',
  logoContentType: 'image/png',
  logoByteSize: 10,
  logoAlt: 'Logo „Süd“',
  version: 3,
  updatedAt: '2026-12-07T10:00:00.000Z',
  updatedBy: null,
};

describe('the mail footer of the brand', () => {
  it("is today's one line when nothing is set", () => {
    const branded = brandMail(message, brandStateOf(undefined), 'https://dialog.example.org');
    expect(branded.text).toBe(
      'Guten Tag,\n\nText.\n\nDiese E-Mail wurde automatisch von CrossDialog versandt.',
    );
    expect(branded.html).not.toContain('<img');
  });

  it('shows only what is set: the imprint link without text, the logo with its alt text and an absolute address', () => {
    const branded = brandMail({ ...message, locale: 'en' }, brandStateOf(row), 'https://dialog.example.org');
    expect(branded.text.split('\n').slice(-2)).toEqual([
      'This email was sent automatically by Netzwerk Süd.',
      'Imprint: https://sued.example.org/impressum',
    ]);
    expect(branded.text).not.toContain('Contact');
    expect(branded.html).toContain(
      '<img src="https://dialog.example.org/api/v1/branding/logo?v=3" alt="Logo „Süd“"',
    );
    expect(branded.html.indexOf('data-network-footer')).toBeLessThan(branded.html.indexOf('</body>'));
  });

  it('is added once: a mail that has it (a resend of a stored mail) keeps it as it is', () => {
    const state = brandStateOf(row);
    const once = brandMail(message, state, 'https://dialog.example.org');
    expect(brandMail(once, state, 'https://dialog.example.org')).toEqual(once);
  });
});

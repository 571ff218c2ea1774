import { describe, expect, it } from 'vitest';
import { renderRegistrationMail, venueText } from './mails.js';
import type { SeatEventRow } from './repository.js';

const event = {
  title: 'Industriedialog Chemnitz',
  startsAt: '2027-02-04T08:00:00.000Z',
  timeZone: 'Europe/Berlin',
  venueName: 'Messe Chemnitz',
  venueAddress: '',
} as SeatEventRow;

function ticket(locale: 'de' | 'en', venue: Partial<SeatEventRow>) {
  return renderRegistrationMail('registration-ticket', {
    locale,
    name: 'Özlem Yıldız',
    event: { ...event, ...venue },
    manageUrl: 'https://dialog.example.org/r/abc',
    ticketCode: 'T-1',
  });
}

describe('the ticket mail names the venue', () => {
  it('without a dangling comma when the address is empty (de and en)', () => {
    const german = ticket('de', {});
    expect(german.text).toContain('Ort: Messe Chemnitz\n');
    expect(german.text).not.toContain('Messe Chemnitz,');
    expect(german.html).toContain('<p>Ort: Messe Chemnitz</p>');
    expect(ticket('en', { venueAddress: '   ' }).text).toContain('Where: Messe Chemnitz\n');
  });

  it('with name and address joined when both are set, and the address alone when the name is missing', () => {
    expect(ticket('de', { venueAddress: 'Messeplatz 1, 09116 Chemnitz' }).text).toContain(
      'Ort: Messe Chemnitz, Messeplatz 1, 09116 Chemnitz\n',
    );
    expect(venueText({ venueName: '', venueAddress: 'Messeplatz 1' })).toBe('Messeplatz 1');
    expect(venueText({ venueName: ' ', venueAddress: '' })).toBe('');
  });
});

describe('the offer mail states its deadline (WCAG 2.2.1)', () => {
  const offer = (locale: 'de' | 'en', offerExtensionHours: number) =>
    renderRegistrationMail('registration-offer', {
      locale,
      name: 'Jiří Dvořák',
      event: { ...event, offerExtensionHours },
      manageUrl: 'https://dialog.example.org/r/abc',
      confirmUrl: 'https://dialog.example.org/c/abc',
      expiresAt: '2027-01-30T13:30:00.000Z',
    });

  it('with weekday, date, time and time zone in the reader’s language, and the one extension', () => {
    const german = offer('de', 24);
    expect(german.text).toContain('bis Samstag, 30. Januar 2027 um 14:30 MEZ.');
    expect(german.text).toContain('die Frist einmal um 24 Stunden verlängern');
    const english = offer('en', 12);
    expect(english.text).toContain('by Saturday, 30 January 2027 at 2:30 pm CET.');
    expect(english.html).toContain('extend the deadline once by 12 hours');
  });

  it('without the extension line when the organizers allow none', () => {
    expect(offer('de', 0).text).not.toContain('verlängern');
    expect(offer('en', 0).text).not.toContain('extend');
  });
});

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

import { newSecret } from '../../ids.js';
import type { MailAttachment } from '../../mail/outbox.js';
import type { RegistrationRow, SeatEventRow } from './repository.js';
import type { SeatService } from './seats.js';
import { ticketIcs, ticketQrPng } from './ticket.js';

export interface PreparedTicket {
  /** The personal link secret the ticket mail will carry (stored when the mail is enqueued). */
  secret: string;
  attachments: MailAttachment[];
}

/** Builds the ticket mail's attachments before the transaction (QR rendering needs no database). */
export async function prepareTicket(
  seats: SeatService,
  reg: RegistrationRow,
  event: SeatEventRow,
  now: Date,
): Promise<PreparedTicket> {
  const secret = newSecret();
  const url = seats.urls.manage(secret);
  const png = await ticketQrPng(reg.ticketCode);
  const ics = ticketIcs(event, { registrationId: reg.id, url, description: url, now });
  return {
    secret,
    attachments: [
      { filename: 'ticket-qr.png', contentType: 'image/png', contentBase64: png.toString('base64') },
      {
        filename: 'crossdialog.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        contentBase64: Buffer.from(ics, 'utf8').toString('base64'),
      },
    ],
  };
}

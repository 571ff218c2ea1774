import ical from 'ical-generator';
import { DateTime } from 'luxon';
import QRCode from 'qrcode';
import type { SeatEventRow } from './repository.js';

/** The ticket's QR code as SVG (for the "My registration" page). */
export async function ticketQrSvg(ticketCode: string): Promise<string> {
  return QRCode.toString(ticketCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The ticket's QR code as PNG (mail attachment: mail clients show PNG, not SVG). */
export async function ticketQrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketCode, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });
}

/**
 * A VTIMEZONE for the event's zone and year, from the zone's real transitions (found by luxon), so
 * calendars that do not know IANA names (Outlook) still place the event at its local time.
 */
export function vtimezone(zone: string, year: number): string {
  const fmt = (minutes: number) => {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  };
  const parts: string[] = [];
  // From the year before: the component in force at the event's date is then always listed.
  let t = DateTime.fromObject({ year: year - 1, month: 1, day: 1 }, { zone });
  const end = t.plus({ years: 2 });
  let offset = t.offset;
  while (t < end) {
    const next = t.plus({ hours: 1 });
    if (next.offset !== offset) {
      const kind = next.isInDST ? 'DAYLIGHT' : 'STANDARD';
      // DTSTART is the local wall-clock time of the change in the offset before it.
      const local = next.toUTC().plus({ minutes: offset }).toFormat("yyyyMMdd'T'HHmmss");
      parts.push(
        `BEGIN:${kind}\r\nDTSTART:${local}\r\nTZOFFSETFROM:${fmt(offset)}\r\nTZOFFSETTO:${fmt(next.offset)}\r\nEND:${kind}`,
      );
      offset = next.offset;
    }
    t = next;
  }
  if (parts.length === 0) {
    parts.push(
      `BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:${fmt(offset)}\r\nTZOFFSETTO:${fmt(offset)}\r\nEND:STANDARD`,
    );
  }
  return `BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n${parts.join('\r\n')}\r\nEND:VTIMEZONE`;
}

/** The calendar file of a ticket: the event at its local time in the event's zone (TZID). */
export function ticketIcs(
  event: SeatEventRow,
  params: { registrationId: string; url: string; description: string; now: Date },
): string {
  const zone = event.timeZone;
  const start = DateTime.fromISO(event.startsAt, { zone: 'utc' }).setZone(zone);
  const calendar = ical({ prodId: { company: 'CrossDialog', product: 'CrossDialog', language: 'DE' } });
  calendar.timezone({ name: zone, generator: (name) => vtimezone(name, start.year) });
  calendar.createEvent({
    id: `${params.registrationId}@crossdialog`,
    start,
    end: DateTime.fromISO(event.endsAt, { zone: 'utc' }).setZone(zone),
    timezone: zone,
    summary: event.title,
    location: [event.venueName, event.venueAddress].filter(Boolean).join(', '),
    description: params.description,
    url: params.url,
  });
  // DTSTAMP must be UTC (RFC 5545 3.8.7.2); the library writes it in the calendar's zone.
  const stamp = DateTime.fromJSDate(params.now, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
  return calendar.toString().replace(/^DTSTAMP:.*$/m, `DTSTAMP:${stamp}`);
}
